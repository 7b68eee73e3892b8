"""Excel workbooks and chart figures, built without Qt or global pyplot state."""
