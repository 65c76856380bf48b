#!/usr/bin/env python3
"""Tops a generated bench data set up to a size by copying cases in SQL (with their search tokens), when generating every
case would take too long on the machine at hand. Each copy keeps everything of its case but its id and number (the
number gets "/1"); copies have no timeline, consent, referrals or notes. Say so beside any figure measured on such a set.
    python3 bench/copy-cases.py bench/data/cases-1000000.db 1000000
"""
import sqlite3, sys

path, size = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(path)
have = db.execute("SELECT COUNT(*) FROM Cases").fetchone()[0]
missing = size - have
if missing <= 0:
    print(f"{have} cases already")
    sys.exit(0)
columns = [r[1] for r in db.execute("PRAGMA table_info('Cases')") if r[1] != 'Id']
quoted = ', '.join(f'"{c}"' for c in columns)
copied = quoted.replace('"Number"', '"Number" || \'/1\'')
first_new = db.execute("SELECT MAX(Id) FROM Cases").fetchone()[0] + 1
# Column names read from the table itself and integers: nothing typed reaches this SQL.
db.execute(f"INSERT INTO Cases ({quoted}) SELECT {copied} FROM Cases WHERE Id <= {missing} ORDER BY Id")
db.execute(f"INSERT INTO CaseSearchTokens (CaseId, Token) SELECT c.Id, t.Token FROM Cases c "
           f"JOIN Cases o ON o.Number || '/1' = c.Number JOIN CaseSearchTokens t ON t.CaseId = o.Id WHERE c.Id >= {first_new}")
db.commit()
print(f"{have} generated, {missing} copied: {db.execute('SELECT COUNT(*) FROM Cases').fetchone()[0]} cases")
