"""Fill locale/<lang>/LC_MESSAGES/django.po from locale/<lang>/translations*.py and report what is missing.

Each domain keeps its own table (translations.py for the site chrome, translations_<domain>.py for the
others), each defining FRENCH (msgid -> msgstr) and optionally PLURALS (msgid -> (singular, plural)).

Usage: python scripts/fill_translations.py fr
"""

import importlib.util
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent


def main(language: str) -> int:
    folder = ROOT / "locale" / language
    singulars: dict[str, str] = {}
    plurals: dict[str, tuple[str, str]] = {}
    for path in sorted(folder.glob("translations*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        table = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(table)
        singulars.update(table.FRENCH)
        plurals.update(getattr(table, "PLURALS", {}))
    po_path = folder / "LC_MESSAGES" / "django.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            message.string = plurals.get(message.id[0], message.string)
            complete = all(message.string)
        else:
            message.string = singulars.get(message.id, message.string)
            complete = bool(message.string)
        message.flags.discard("fuzzy")
        if not complete:
            missing.append(message.id)
    with po_path.open("wb") as handle:
        write_po(handle, catalog, width=120)
    for msgid in missing:
        print(f"untranslated: {msgid!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "fr"))
