// Accuracy gate on the labelled signature corpus beside the project (../shared/corpus/signatures):
// best-number accuracy >= 97% (E.164 and extension exact, null matches null) and no answer taken from a
// quoted sender. The failing ids are printed to help tuning.
import { corpusDir, loadCorpus, runCorpus, summarize } from "../bench/extract-scoring";

const dir = corpusDir();
const describeCorpus = dir ? describe : describe.skip;
if (!dir) {
  // Visible in the jest output so a missing corpus is not mistaken for a pass.
  console.warn("extract-corpus: ../shared/corpus/signatures is absent; corpus accuracy test skipped");
}

describeCorpus("direct-dial extraction on the signature corpus", () => {
  it("finds the number to call in at least 97% of cases, never a quoted sender's", async () => {
    const results = await runCorpus(loadCorpus(dir as string));
    const summary = summarize(results);
    const failing = results.filter((r) => !r.bestOk).map((r) => `${r.id}: got ${r.got.e164 ?? "null"} expected ${r.expected.e164 ?? "null"}`);
    expect({ accuracy: summary.bestAccuracy >= 0.97, failing: summary.bestAccuracy >= 0.97 ? [] : failing }).toEqual({ accuracy: true, failing: [] });
    expect(results.filter((r) => r.fromQuoted).map((r) => r.id)).toEqual([]);
    expect(summary.cases).toBeGreaterThan(50);
  });
});
