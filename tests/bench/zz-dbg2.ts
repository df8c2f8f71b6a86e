import { grammarCandidate, looseCandidate } from "@/lib/extraction/events/clause-event";
import { pastPredicate } from "@/lib/extraction/events/finite-clause";
import { SAY_THAT } from "@/lib/extraction/events/triggers";
for (const cm of process.argv.slice(2)) {
  const r = SAY_THAT.exec(cm);
  const comp = r ? cm.slice(r.index + r[0].length) : "";
  console.log(JSON.stringify(cm), "| comp:", JSON.stringify(comp), "| grammar", grammarCandidate(cm, comp), "| pp", JSON.stringify(pastPredicate(comp || cm, { future: !!comp })));
}
