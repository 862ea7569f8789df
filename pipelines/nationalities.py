"""Dutch nationality words: never a person's name, whatever the capital letter suggests.

Why a list: "de Argentijn", "alle Duitsers", "Italiaanse" are capitalised like names and sit
where names sit ("verklaarde de 39-jarige Argentijn"), so the NER model and a reader of its
output need to know them as a closed class. The training grammar (``models/training/news.py``)
writes them into newspaper sentences as words that are not names; the ``entity_cues`` step
(``pipelines/entity_cues.py``) takes them back from the model's persons. Both read these tuples
(the grammar draws from them in this order, so keep it for the recipe to reproduce).
"""

from __future__ import annotations

NAT_ADJ: tuple[str, ...] = (
    "Belgische", "Nederlandse", "Vlaamse", "Waalse", "Franse", "Duitse", "Britse", "Engelse",
    "Amerikaanse", "Israëlische", "Palestijnse", "Russische", "Italiaanse", "Spaanse",
    "Portugese", "Griekse", "Turkse", "Poolse", "Hongaarse", "Tsjechische", "Servische",
    "Kroatische", "Bosnische", "Zweedse", "Noorse", "Deense", "Finse", "Ierse", "Schotse",
    "Zwitserse", "Oostenrijkse", "Chinese", "Japanse", "Indiase", "Pakistaanse", "Iraanse",
    "Iraakse", "Egyptische", "Marokkaanse", "Algerijnse", "Congolese", "Rwandese",
    "Zuid-Afrikaanse", "Nigeriaanse", "Keniaanse", "Braziliaanse", "Argentijnse", "Mexicaanse",
    "Colombiaanse",
    "Canadese", "Australische", "Europese", "Arabische", "Afrikaanse", "Aziatische",
)  # fmt: skip
NAT_NOUN: tuple[str, ...] = (
    "Belg", "Nederlander", "Vlaming", "Fransman", "Duitser", "Brit", "Amerikaan", "Italiaan",
    "Spanjaard", "Portugees", "Griek", "Turk", "Pool", "Hongaar", "Rus", "Zweed", "Noor", "Deen",
    "Ier", "Zwitser", "Oostenrijker", "Argentijn", "Braziliaan", "Mexicaan", "Colombiaan",
    "Keniaan", "Marokkaan", "Congolees", "Australiër", "Canadees", "Japanner", "Chinees",
)  # fmt: skip
NAT_NEUTER: tuple[str, ...] = (
    "Belgisch", "Nederlands", "Vlaams", "Frans", "Duits", "Engels", "Hongaars", "Spaans",
    "Italiaans", "Russisch", "Turks", "Pools", "Arabisch", "Europees", "Amerikaans", "Grieks",
)  # fmt: skip
#: plurals of :data:`NAT_NOUN` ("alle Duitsers", "de Nederlanders"); not "Polen" or "Zweden",
#: which are countries, nor "Fransen", a surname
NAT_PLURAL: tuple[str, ...] = (
    "Belgen", "Nederlanders", "Vlamingen", "Duitsers", "Britten", "Amerikanen", "Italianen",
    "Spanjaarden", "Portugezen", "Grieken", "Turken", "Hongaren", "Russen", "Noren", "Denen",
    "Ieren", "Zwitsers", "Oostenrijkers", "Argentijnen", "Brazilianen", "Mexicanen",
    "Colombianen", "Kenianen", "Marokkanen", "Congolezen", "Australiërs", "Canadezen",
    "Japanners", "Chinezen",
)  # fmt: skip
