"""World knowledge the extraction and resolution read: plain tables, one file each, that a
reader can edit. Nothing here imports from `extract` or `resolve`."""
