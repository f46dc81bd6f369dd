// Runs one peer NLP library over the same articles Dyad reads, and prints its throughput as JSON.
// Usage: node peers.mjs wink|chrono|compromise PATH...   (PATH: .txt files, .jsonl files with a "text" field, or folders)
// Throughput counts UTF-16 code units of article text, as `dyad bench` does, and includes reading the files.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [peer, ...paths] = process.argv.slice(2);

function* texts(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* texts(join(path, name));
  } else if (path.endsWith('.jsonl')) {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) yield JSON.parse(line).text ?? '';
  } else if (path.endsWith('.txt')) {
    yield readFileSync(path, 'utf8');
  }
}

async function analyser(name) {
  switch (name) {
    case 'wink': {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      const its = nlp.its;
      return (text) => nlp.readDoc(text).entities().out(its.detail).length;
    }
    case 'chrono': {
      const chrono = await import('chrono-node');
      const reference = new Date(2020, 0, 1);
      return (text) => chrono.parse(text, reference).length;
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return (text) => {
        const doc = nlp(text);
        return doc.people().length + doc.places().length + doc.organizations().length;
      };
    }
    default:
      throw new Error(`unknown peer '${name}' (known: wink, chrono, compromise)`);
  }
}

const analyse = await analyser(peer);
const started = process.hrtime.bigint();
let documents = 0, characters = 0, found = 0;
for (const path of paths)
  for (const text of texts(path)) {
    documents++;
    characters += text.length;
    found += analyse(text);
  }
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ peer, documents, megabytes: characters / 1e6, seconds, megabytes_per_second: characters / 1e6 / seconds, found }));
