#!/usr/bin/env python3
"""Compact the Office of the Historian's people database into historian-people.tsv.

usage: historian_people.py DATA_DIR [OUT_FILE]

DATA_DIR is the `data` folder of a checkout of https://github.com/HistoryAtState/people (one XML
file per person). Each row keeps a person's id, preferred name, birth and death years, the POCOM id
the record names (from its departmenthistory/people URL, if any), every name the persons lists
printed for the person (its originals, separated by " | ") and every FRUS persons-list entry it
ties to the person, as VOLUME#ENTRY (from its historicaldocuments/VOLUME/persons#ENTRY URLs).
Remarks are dropped. Standard library only; rows sorted by id, so reruns give
the same bytes.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ENTRY = re.compile(r'/historicaldocuments/([^/#]+)/persons#(\S+)$')
POCOM = re.compile(r'/departmenthistory/people/([a-z0-9-]+)$')


def rows(data_dir):
    for root, _, files in os.walk(data_dir):
        for name in files:
            if not name.endswith('.xml'):
                continue
            path = os.path.join(root, name)
            try:
                person = ET.parse(path).getroot()
            except ET.ParseError as e:
                sys.exit(f'{path}: not XML: {e}')
            pid = (person.findtext('id') or '').strip()
            preferred = ' '.join((person.findtext('names/preferred/name') or '').split())
            if not pid or not preferred:
                sys.exit(f'{path}: no id or preferred name')
            printed = {' '.join((n.text or '').split())
                       for n in person.findall('names/originals/original/name')} - {''}
            entries, pocom = set(), set()
            for url in person.iter('source-url'):
                text = (url.text or '').strip()
                if m := ENTRY.search(text):
                    entries.add(f'{m.group(1)}#{m.group(2)}')
                elif m := POCOM.search(text):
                    pocom.add(m.group(1))
            yield (pid, preferred, (person.findtext('birth-year') or '').strip(),
                   (person.findtext('death-year') or '').strip(),
                   ' '.join(sorted(pocom)) if len(pocom) == 1 else '', ' | '.join(sorted(printed)),
                   ' '.join(sorted(entries)))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = open(sys.argv[2], 'w', encoding='utf-8', newline='\n') if len(sys.argv) == 3 else sys.stdout
    out.write('id\tname\tbirth\tdeath\tpocom\tprinted\tentries\n')
    for row in sorted(rows(sys.argv[1]), key=lambda r: int(r[0])):
        out.write('\t'.join(row) + '\n')


main()
