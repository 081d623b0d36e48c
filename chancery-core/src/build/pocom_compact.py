#!/usr/bin/env python3
"""Compacts the Office of the Historian's POCOM data (CC0) into two TSV files for PeopleDirectory.

Usage: python3 chancery-core/src/build/pocom_compact.py [POCOM_DIR] [OUT_DIR]
Defaults: ../shared/pocom (from the repository root) and
chancery-core/src/main/resources/org/chancery/understand/people.

persons.tsv       id, surname, forename, genname, altname, birth, death
appointments.tsv  person_id, kind (chief|principal|org), role_id, post_id, appointed, started, ended
                  (ISO dates, possibly yyyy or yyyy-mm; empty if unknown)
roles.tsv         role_id, title        (chief-of-mission role titles and principal positions)
posts.tsv         post_id, kind, name   (countries of missions, principal positions, organizations)

Only the standard library; the output is sorted so reruns give the same bytes.
"""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
POCOM = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'pocom')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    ROOT, 'chancery-core', 'src', 'main', 'resources', 'org', 'chancery', 'understand', 'people')

# Territory ids whose title-cased form is not the name FRUS prints.
NAMES = {'russia': 'Russia / Soviet Union', 'united-kingdom': 'United Kingdom', 'holy-see': 'Holy See',
         'korea': 'Korea', 'two-sicilies': 'Two Sicilies', 'vietnam-south': 'South Vietnam',
         'congo-democratic-republic': 'Congo (Kinshasa)', 'congo-republic': 'Congo (Brazzaville)',
         'cote-divoire': "Côte d'Ivoire"}


def text(el, path):
    found = el.find(path)
    return ' '.join((found.text or '').split()) if found is not None and found.text else ''


def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ')


def files(folder):
    d = os.path.join(POCOM, folder)
    for dirpath, _, names in os.walk(d):
        for n in sorted(names):
            if n.endswith('.xml'):
                yield os.path.join(dirpath, n)


def persons():
    rows = []
    for f in files('people'):
        p = ET.parse(f).getroot()
        rows.append([text(p, 'id'), text(p, 'persName/surname'), text(p, 'persName/forename'),
                     text(p, 'persName/genname'), text(p, 'persName/altname'),
                     text(p, 'birth'), text(p, 'death')])
    return sorted(rows)


def role_titles():
    titles = {}
    for f in files('roles-country-chiefs'):
        r = ET.parse(f).getroot()
        titles[text(r, 'id')] = text(r, 'names/singular')
    return titles


def dates(a):
    return [text(a, 'appointed/date'), text(a, 'started/date'), text(a, 'ended/date')]


def appointments(titles, posts):
    rows = []
    for f in files('missions-countries'):
        m = ET.parse(f).getroot()
        post = text(m, 'territory-id')
        posts[post] = ['chief', NAMES.get(post, post.replace('-', ' ').title().replace(' And ', ' and '))]
        for c in m.iter('chief'):
            rows.append([text(c, 'person-id'), 'chief', text(c, 'role-title-id'), post] + dates(c))
    for kind, folder, tag in (('principal', 'positions-principals', 'principal'), ('org', 'missions-orgs', 'chief')):
        for f in files(folder):
            m = ET.parse(f).getroot()
            post, name = text(m, 'id'), text(m, 'names/singular')
            posts[post] = [kind, name]
            titles[post] = name
            for c in m.iter(tag):
                rows.append([text(c, 'person-id'), kind, text(c, 'role-title-id'), post] + dates(c))
    return sorted(rows)


def write(name, header, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as out:
        out.write('\t'.join(header) + '\n')
        for r in rows:
            out.write('\t'.join(clean(x) for x in r) + '\n')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('persons.tsv', ['id', 'surname', 'forename', 'genname', 'altname', 'birth', 'death'], persons())
    titles, posts = role_titles(), {}
    write('appointments.tsv', ['person_id', 'kind', 'role_id', 'post_id', 'appointed', 'started', 'ended'],
          appointments(titles, posts))
    write('roles.tsv', ['role_id', 'title'], sorted([k, v] for k, v in titles.items()))
    write('posts.tsv', ['post_id', 'kind', 'name'], sorted([k] + v for k, v in posts.items()))
