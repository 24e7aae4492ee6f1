#!/usr/bin/env python3
"""Fills translations/strata_de.ts with the German texts kept in de_*.py.

Run after `cmake --build <dir> --target update_translations` (lupdate). Messages
without a German text stay "unfinished" and show in English."""
import glob, importlib.util, os, sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
ts = os.path.join(here, '..', 'strata_de.ts')
table, plural = {}, {}
for f in sorted(glob.glob(os.path.join(here, 'de_*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    table.update(getattr(mod, 'DE', {}))
    plural.update(getattr(mod, 'DE_PLURAL', {}))

tree = ET.parse(ts)
done = total = 0
for ctx in tree.getroot().findall('context'):
    name = ctx.find('name').text
    for msg in ctx.findall('message'):
        total += 1
        src = msg.find('source').text
        tr = msg.find('translation')
        key = (name, src)
        if msg.get('numerus') == 'yes' and key in plural:
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in plural[key]:
                ET.SubElement(tr, 'numerusform').text = form
            tr.attrib.pop('type', None)
            done += 1
        elif key in table:
            tr.text = table[key]
            tr.attrib.pop('type', None)
            done += 1
tree.write(ts, encoding='utf-8', xml_declaration=True)
print(f'{done} of {total} messages translated')
