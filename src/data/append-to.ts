/**
 * Adds values to the list a map holds under key, in place. Copying the list on every add
 * (`set(k, [...get(k), v])`) is quadratic: 40.000 rows of one unknown area took a minute.
 */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, values: Iterable<V>): void {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  // A loop, not push(...values): a spread of 100.000 arguments overflows the stack.
  for (const v of values) list.push(v);
}
