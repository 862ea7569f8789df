"""How many real names leak, per kind of sentence: a probe with Faker's Dutch and Flemish names.

    python benchmarks/names_probe.py [--per-template 120] [--seed 7] [--out benchmarks/NAMES.md]

Why: the annotated dev and held-out sets hold a few hundred names, each in one context, so a
context the redactor mishandles for most names ("Kun je dit doorsturen naar Heleen?", "ok dank
je suzanna!!") can be missing from them altogether. This probe puts every first name and
surname of Faker's ``nl_NL``/``nl_BE`` person providers (MIT) into support-message sentences of
many shapes, redacts them with the shipped pipeline, and counts the names still readable in
the output, per sentence shape. It found the leaks fixed on 2026-11-21 (default run: 513 of
5,400 names readable before, 55 after); run it after any change to the model or the name
cues. Needs the ``dev`` extra (Faker).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli import build_redactor  # noqa: E402

#: {F} first name, {L} surname, {f}/{l} the same in lowercase, {F2} another first name
TEMPLATES: tuple[str, ...] = (
    "Goedemiddag,\n\nIk kan sinds gisteren niet meer inloggen op het portaal.\n\n"
    "Met vriendelijke groet,\n{F} {L}",
    "Ik heb gisteren gebeld met {F} {L} over de factuur, maar het is nog niet opgelost.",
    "Hoi {F}, bedankt voor je snelle reactie! De printer werkt weer.",
    "{F} {L} heeft gisteren gebeld over de storing. Kunnen jullie haar terugbellen?",
    "Namens mijn moeder {F} {L} wil ik de rekening opzeggen.",
    "Van: {F} {L} <info@example.nl>\nOnderwerp: factuur\n\nHallo, de factuur klopt niet.",
    "[10:02] Klant: hoi ik ben {f} {l}\n[10:03] Medewerker: Hoi! Waarmee kan ik helpen?",
    "Mijn buurman {F} {L} heeft hetzelfde probleem met de router.",
    "Hoi,\n\nKun je dit doorsturen naar {F}? Die weet er meer van.\n\nThx,\n{F2}",
    "De monteur, {F} {L}, kwam pas om 17:00.",
    "ok dank je {f}!! groetjes",
    "Mijn naam is {F} {L} en ik heb een vraag over mijn abonnement.",
    "Heeft {F} {L} de bestelling al ontvangen?",
    "Op verzoek van {F} {L} stuur ik u de getekende offerte.",
    "Aanvrager: {F} {L}\nOmschrijving: laptop start niet op",
    "Ik ben {F}, de dochter van {F2} {L}.",
    "groetjes van {f}",
    "Zowel {F} als {F2} hebben geen toegang meer tot de gedeelde map.",
    "De afspraak met {F} {L} is verzet naar donderdag.",
    "Ik heb {F} {L} gesproken en zij gaf aan dat het opgelost was.",
    "Volgens {F} is de printer al twee weken stuk.",
    "Graag de factuur op naam van {F} {L} zetten.",
    "Bijgaand het formulier van {F} {L}.",
    "{F} en ik zijn allebei ons wachtwoord kwijt.",
    "Hi team, {F} here from accounting. The VPN is down again.",
)


def name_pools() -> tuple[list[str], list[str]]:
    from faker.providers.person.nl_BE import Provider as BE
    from faker.providers.person.nl_NL import Provider as NL

    firsts = sorted(set(NL.first_names) | set(BE.first_names))
    lasts = sorted(set(NL.last_names) | set(BE.last_names))
    return firsts, lasts


def probe(per_template: int, seed: int) -> list[tuple[str, int, int, list[str]]]:
    """(template, names, leaked, examples) per template."""
    rng = random.Random(seed)
    firsts, lasts = name_pools()
    redactor = build_redactor(None)
    rows = []
    for template in TEMPLATES:
        names = leaked = 0
        examples: list[str] = []
        for _ in range(per_template):
            first, last, other = rng.choice(firsts), rng.choice(lasts), rng.choice(firsts)
            values = {"F": first, "L": last, "f": first.lower(), "l": last.lower(), "F2": other}
            text = template.format(**values)
            out = redactor.redact(text).text
            for key in ("F", "L", "f", "l", "F2"):
                if "{" + key + "}" not in template:
                    continue
                names += 1
                pattern = r"(?<![\w-])" + re.escape(values[key]) + r"(?![\w-])"
                if re.search(pattern, out):
                    leaked += 1
                    if len(examples) < 3:
                        examples.append(values[key])
        rows.append((template, names, leaked, examples))
    return rows


def report(rows: list[tuple[str, int, int, list[str]]], per_template: int, seed: int) -> str:
    total = sum(r[1] for r in rows)
    leaked = sum(r[2] for r in rows)
    lines = [
        "# Name probe (benchmarks/names_probe.py)",
        "",
        f"{dt.date.today().isoformat()}: {per_template} sentences per template, seed {seed}, "
        f"Faker nl_NL/nl_BE names. **{leaked} of {total} names readable after redaction "
        f"({leaked / total:.1%}).**",
        "",
        "| template | names | leaked | examples |",
        "|---|---|---|---|",
    ]
    for template, names, n_leaked, examples in rows:
        shown = template.replace("\n", " ⏎ ").replace("|", "\\|")
        lines.append(f"| {shown} | {names} | {n_leaked} | {', '.join(examples)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-template", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "NAMES.md")
    args = ap.parse_args(argv)
    text = report(probe(args.per_template, args.seed), args.per_template, args.seed)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
