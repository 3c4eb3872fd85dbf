// The code the trend view needs once a model is switched on: the requests to the workers and the
// model layers drawn over the chart. One chunk, fetched then, so the first view does not carry it.
export { forecastRequest, modelTargets } from './forecast-request.ts';
export { withForecast } from './with-forecast.ts';
export { withSeasonal } from './with-seasonal.ts';
