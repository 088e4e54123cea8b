"""One article through the pipeline: text → tokens → entities → actors → statements → dates.

``Pipeline.process`` is a pure function of the article and the lexicons/model; its
``version`` changes whenever any of them changes, which makes the store reprocess.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lib.arabic import split_sentences
from lib.dates import article_date_from_text
from lib.joined_words import JoinedWordSplitter
from lib.kb import KnowledgeBase, load_kb
from lib.linking import link_article
from lib.ner import Recognizer, get_recognizer
from lib.records import Actor, Article, Mention, Sentence, Statement
from lib.statements import extract_statements

PIPELINE_VERSION = "2"  # bump when code changes the output
DATA_DIR = Path(__file__).parent / "data"
MODEL_DIR = Path(__file__).parent / "models"


# The modules whose code decides what the pipeline writes (queries, pages, export do not).
PIPELINE_MODULES = ("arabic", "clause_subjects", "corpus", "dates", "document_owners", "duplicates", "frame_subjects", "joined_words", "kb",
                    "linking", "ner", "ner_clusters", "institutions", "ner_features", "pipeline", "records", "references",
                    "relative_speakers", "reporting_acts", "reporting_lexicon", "speakers", "statement_build", "statement_content",
                    "statement_frames", "statements", "store", "tenure", "titles", "trigger_names")


def data_version() -> str:
    """Digest of the pipeline's code, every lexicon, the knowledge base and the model files:
    a change to any of them reprocesses the store."""
    digest = hashlib.sha1()
    code = [Path(__file__).parent / f"{name}.py" for name in PIPELINE_MODULES]
    for path in sorted([*code, *DATA_DIR.glob("*.yaml"), *MODEL_DIR.glob("*")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class ProcessedArticle:
    article: Article
    date_basis: str
    sentences: list[Sentence]
    mentions: list[Mention]
    actors: dict[str, Actor]
    statements: list[Statement]


class Pipeline:
    def __init__(self, recognizer: Recognizer | None = None, kb: KnowledgeBase | None = None, quiet: bool = False) -> None:
        self.kb = kb or load_kb()
        self.recognizer = recognizer or get_recognizer(quiet=quiet)
        self.splitter = JoinedWordSplitter(self.kb)
        parts = f"{PIPELINE_VERSION}|{data_version()}|{self.recognizer.version}"
        self.version = hashlib.sha1(parts.encode()).hexdigest()[:12]

    def process(self, article: Article) -> ProcessedArticle:
        date_basis = "metadata" if article.date else ""
        if article.date is None:
            article.date = article_date_from_text(article.text)
            date_basis = "text" if article.date else ""
        sentences = split_sentences(article.text)
        for s in sentences:
            s.tokens = self.splitter.split(s.tokens)
        tags = self.recognizer.tag([[t.text for t in s.tokens] for s in sentences])
        linked = link_article(sentences, tags, self.kb, article.text, article.date)
        statements = extract_statements(article, sentences, linked, self.kb)
        return ProcessedArticle(article, date_basis, sentences, linked.mentions, linked.actors, statements)


def content_hash(article: Article) -> str:
    """Hash of everything the pipeline reads from an article."""
    parts = [article.text, article.title, article.source, article.url, article.date.iso() if article.date else ""]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
