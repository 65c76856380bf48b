#!/usr/bin/env python3
"""Writes src/AntiTrafik.Web/Infrastructure/countries.json, the country names the portal offers, from Unicode CLDR.

Every ISO 3166-1 alpha-2 country (CLDR's territories that have an ISO numeric code, less the user-assigned codes
and the EU), plus Kosovo (XK), each with its Albanian and English name. CLDR's other two-letter territories
(Canary Islands, Diego Garcia…) go in "other": a record that already holds one still shows its name, but no form
offers it.

    python3 scripts/generate-countries.py            # fetches the packages below with npm pack into a temporary folder
    python3 scripts/generate-countries.py DIR         # DIR holds cldr-localenames-full/ and cldr-core/ already unpacked

To update CLDR, change the versions here and run it again.
"""
import json, os, re, subprocess, sys, tarfile, tempfile

PACKAGES = {'cldr-localenames-full': '48.2.0', 'cldr-core': '48.2.0'}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'AntiTrafik.Web', 'Infrastructure', 'countries.json')


def unpack(folder):
    for name, version in PACKAGES.items():
        target = os.path.join(folder, name)
        if os.path.isdir(target):
            continue
        subprocess.run(['npm', 'pack', f'{name}@{version}', '--silent'], cwd=folder, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(folder, f'{name}-{version}.tgz')) as tgz:
            tgz.extractall(target, filter='data')


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def main(folder):
    unpack(folder)
    names = os.path.join(folder, 'cldr-localenames-full', 'package', 'main')
    sq = load(os.path.join(names, 'sq', 'territories.json'))['main']['sq']['localeDisplayNames']['territories']
    en = load(os.path.join(names, 'en', 'territories.json'))['main']['en']['localeDisplayNames']['territories']
    mappings = load(os.path.join(folder, 'cldr-core', 'package', 'supplemental', 'codeMappings.json'))['supplemental']['codeMappings']

    def user_assigned(code):
        return code in ('AA', 'ZZ') or re.fullmatch(r'Q[M-Z]|X[A-Z]', code) is not None

    two_letter = sorted(c for c in sq if re.fullmatch(r'[A-Z]{2}', c))
    iso = [c for c in two_letter if '_numeric' in mappings.get(c, {}) and not user_assigned(c) and c != 'EU']
    countries = iso + ['XK']
    other = [c for c in two_letter if c not in countries and not user_assigned(c) and c not in ('EU', 'EZ', 'UN')]
    if len(iso) != 249:
        sys.exit(f'expected the 249 ISO 3166-1 countries, found {len(iso)}')

    def row(code):
        return {'code': code, 'sq': sq[code], 'en': en[code]}

    data = {
        'source': ', '.join(f'{n} {v}' for n, v in PACKAGES.items()) + ' (Unicode CLDR, Unicode-3.0 licence); written by scripts/generate-countries.py',
        'countries': [row(c) for c in sorted(countries)],
        'other': [row(c) for c in other],
    }
    def rows(items):
        return ',\n'.join('    ' + json.dumps(i, ensure_ascii=False) for i in items)

    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('{\n  "source": ' + json.dumps(data['source'], ensure_ascii=False) + ',\n')
        f.write('  "countries": [\n' + rows(data['countries']) + '\n  ],\n')
        f.write('  "other": [\n' + rows(data['other']) + '\n  ]\n}\n')
    print(f'{len(countries)} countries, {len(other)} other territories -> {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    if len(sys.argv) > 1:
        main(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(tmp)
