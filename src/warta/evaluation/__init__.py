"""Extraction quality, measured against gold files in the JSONL formats of shared/evaldata.

One module per task (``segmentation``, ``ner``, ``quotes``); each exposes
``evaluate(path) -> FileReport``. ``detect_task`` picks the module from a record's keys.
"""
