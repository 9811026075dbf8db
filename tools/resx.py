#!/usr/bin/env python3
"""Writes a .resx file from a simple 'Key = Value' text file (one per line, '#' comments).

Usage: tools/resx.py Resources/Account.da.txt Resources/Account.resx
Keeps resources reviewable as plain text; the .resx is what the build embeds.
"""
import sys
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def main(source, target):
    entries = []
    with open(source, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, _, value = line.partition("=")
            entries.append((key.strip(), value.strip()))
    with open(target, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key, value in entries:
            f.write(f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(value)}</value></data>\n')
        f.write("</root>\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
