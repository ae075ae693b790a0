// SPDX-License-Identifier: MIT
// Load an N-Quads file into an Oxigraph store and run SPARQL SELECT queries on the union of
// its graphs; prints one JSON array of rows (strings) per query, one per line.
// Usage: node oxigraph_query.mjs DATA.nq QUERY.rq...
import fs from "node:fs";
import oxigraph from "oxigraph";

const [data, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(data, "utf8"), { format: "application/n-quads" });
for (const q of queries) {
  const rows = [];
  for (const b of store.query(fs.readFileSync(q, "utf8"), { use_default_graph_as_union: true })) {
    const vars = [...b.keys()];
    rows.push(vars.map((v) => (b.get(v) ? b.get(v).value : "")));
  }
  console.log(JSON.stringify(rows));
}
