"""Cue words shared by the recognizers of numbers: what a number is when it is *not* personal."""

#: words that introduce order, invoice, tracking and other business reference numbers
BUSINESS_NUMBER_CUES: tuple[str, ...] = (
    "order", "bestel", "factuur", "factuurnr", "invoice", "zending", "track", "pakbon",
    "transactie", "transaction", "ticket", "referentie", "reference", "ref", "kenmerk",
    "dossier", "offerte", "rma", "serienummer", "serial", "sn", "artikel", "bon", "werkbon",
    "reparatie", "zaaknummer", "case", "pv-nr", "pv", "req-id", "id ", "versie", "version",
    "build", "asset", "service tag",
)
