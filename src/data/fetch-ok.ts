/** A response the server answered with success; otherwise an error naming the file and the status. */
export async function fetchOk(url: string, name = url): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: serveren svarede ${response.status}`);
  return response;
}
