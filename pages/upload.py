"""Add articles from the browser: .txt, .jsonl or .jsonl.gz files join the store."""

import tempfile
from pathlib import Path

import streamlit as st

from lib.processing import process_corpus
from pages.common import clear_caches, page_start, store_path, t

page_start()
st.title(t("upload"))
st.write("Upload `.txt` articles (one per file) or `.jsonl` / `.jsonl.gz` files with "
         "`id, title, text, date, source, url`. Bad files are reported and change nothing else.")
files = st.file_uploader("Files", type=["txt", "jsonl", "gz"], accept_multiple_files=True, key="upload_files")
if files and st.button("Process", type="primary"):
    notices: list[str] = []
    bar = st.progress(0.0, text="Processing …")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, up in enumerate(files):
            name = Path(up.name).name or f"upload-{n}.txt"
            path = Path(tmp) / name
            path.write_bytes(up.getvalue())
            paths.append(path)
        total = len(paths)
        summary = process_corpus(
            paths, store_path(), quiet=True,
            on_issue=lambda i: notices.append(f"{Path(i.item).name}: {i.reason}"),
            on_progress=lambda n: bar.progress(min(1.0, n / max(total, 1)), text=f"{n} articles read"),
        )
    bar.progress(1.0, text="Done")
    clear_caches()
    st.success(f"{summary.processed} articles processed, {summary.unchanged} unchanged, {summary.load.skipped} skipped.")
    for line in notices:
        st.warning(line)
