import { extractArticle } from "../../lib/extraction/index";
const text = process.argv[2];
console.log(extractArticle({ text, publishedOn: process.argv[3] ?? "2025-09-07", title: "T" }).events.map(e => [e.title, e.type, e.date, e.actors.join("/")]));
