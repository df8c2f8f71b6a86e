// Brings the database named by the first argument up to date as `npm start` would (migrations, demo
// data), in a process of its own: the e2e global setup prepares its template database with it.
import { prepareDatabase } from "@/lib/db/prepare";

const url = process.argv[2];
if (!url) throw new Error("usage: node --import tsx tests/support/prepare-database.ts <postgresql-url>");
await prepareDatabase(url);
