// ADR /core/naming-resources: a static segment directly followed by a {parameter} names a collection, so it is
// a plural noun. English plurals end in s; a few collective nouns are plural on their own.
const COLLECTIVE = new Set(['staff', 'data', 'media', 'people', 'criteria']);

export default (path) => {
  const segments = path.split('/').filter((s) => s.length > 0);
  const results = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    const name = segments[i];
    if (!name.startsWith('{') && segments[i + 1].startsWith('{')) {
      const last = name.split('-').pop();
      if (!last.endsWith('s') && !COLLECTIVE.has(last)) {
        results.push({ message: `'${name}' comes before an identifier, so it names a collection: use a plural noun` });
      }
    }
  }
  return results;
};
