"""Well-known places in Dutch spelling: never a person's name when they stand alone.

Why a list: "Egypte", "Belgrado" and "Caracas" are capitalised like names, and a newspaper
sentence ("tussen Oeganda en Kenia", "vanuit Recife (Brazilië)") gives the NER model too
little to tell them from a foreign surname. Countries, world cities and regions are a closed,
general-knowledge class, written for this project. The training grammar
(``models/training/news.py``) draws its places from :data:`WORLD_CITIES` and :data:`REGIONS` in
this order (keep it, for the recipe to reproduce); the ``entity_cues`` step
(``pipelines/entity_cues.py``) takes all three back from the model's persons.
"""

from __future__ import annotations

WORLD_CITIES: tuple[str, ...] = (
    "Washington", "New York", "Los Angeles", "Chicago", "Boston", "San Francisco", "Miami",
    "Londen", "Manchester", "Liverpool", "Glasgow", "Dublin", "Parijs", "Marseille", "Lyon",
    "Rijsel", "Straatsburg", "Berlijn", "München", "Keulen", "Hamburg", "Frankfurt", "Aken",
    "Wenen", "Zürich", "Genève", "Bern", "Rome", "Milaan", "Napels", "Turijn", "Madrid",
    "Barcelona", "Sevilla", "Valencia", "Lissabon", "Porto", "Athene", "Istanbul", "Ankara",
    "Moskou", "Sint-Petersburg", "Kiev", "Warschau", "Krakau", "Praag", "Boedapest", "Boekarest",
    "Sofia", "Belgrado", "Zagreb", "Sarajevo", "Pristina", "Tirana", "Stockholm", "Oslo",
    "Kopenhagen", "Helsinki", "Tallinn", "Riga", "Vilnius", "Jeruzalem", "Tel Aviv", "Gaza",
    "Ramallah", "Beiroet", "Damascus", "Bagdad", "Teheran", "Kaboel", "Islamabad", "New Delhi",
    "Bombay", "Peking", "Shanghai", "Hongkong", "Tokio", "Osaka", "Seoel", "Bangkok", "Jakarta",
    "Manilla", "Sydney", "Melbourne", "Kaïro", "Algiers", "Tunis", "Rabat", "Casablanca",
    "Tripoli", "Nairobi", "Kinshasa", "Kigali", "Lagos", "Johannesburg", "Kaapstad", "Dakar",
    "Abidjan", "Addis Abeba", "Khartoem", "Mexico-Stad", "Havana", "Bogota", "Lima",
    "Buenos Aires", "Santiago", "Rio de Janeiro", "São Paulo", "Caracas", "Montreal", "Toronto",
    "Vancouver", "Quebec", "Luxemburg", "Monaco", "Davos", "Den Haag", "Brussel",
    "Antwerpen", "Gent", "Luik", "Namen", "Bergen", "Charleroi", "Leuven", "Brugge", "Hasselt",
    "Kortrijk", "Oostende", "Mechelen", "Aalst", "Genk", "Amsterdam", "Rotterdam", "Utrecht",
    "Eindhoven", "Maastricht", "Groningen", "Arnhem", "Nijmegen", "Zwolle", "Leeuwarden",
)  # fmt: skip
REGIONS: tuple[str, ...] = (
    "Vlaanderen", "Wallonië", "Brabant", "Vlaams-Brabant", "Henegouwen", "Limburg", "Kempen",
    "Westhoek", "Randstad", "Friesland", "Zeeland", "Twente", "Californië", "Texas", "Florida",
    "Beieren", "Saksen", "Catalonië", "Baskenland", "Andalusië", "Toscane", "Lombardije",
    "Sicilië", "Bretagne", "Provence", "Elzas", "Schotland", "Wales", "Ierland", "Tsjetsjenië",
    "Kosovo", "Bosnië", "Kasjmir", "Tibet", "Koerdistan", "Darfoer", "Siberië", "Midden-Oosten",
    "Westelijke Jordaanoever", "Gazastrook", "Balkan", "Scandinavië", "Afrika", "Azië", "Europa",
    "Latijns-Amerika", "Noord-Afrika", "Zuid-Amerika", "Oost-Europa", "Congo", "Rwanda",
    "Amazone", "Alpen", "Ardennen", "Pyreneeën", "Noordzee", "Schelde", "Maas", "Rijn",
)  # fmt: skip

#: sovereign states and a few territories, in Dutch
COUNTRIES: tuple[str, ...] = (
    "Afghanistan", "Albanië", "Algerije", "Andorra", "Angola", "Argentinië", "Armenië",
    "Australië", "Azerbeidzjan", "Bahrein", "Bangladesh", "Barbados", "België", "Belize",
    "Benin", "Bhutan", "Bolivia", "Bosnië-Herzegovina", "Botswana", "Brazilië", "Brunei",
    "Bulgarije", "Burkina Faso", "Burundi", "Cambodja", "Canada", "Chili", "China", "Colombia",
    "Comoren", "Congo", "Costa Rica", "Cuba", "Cyprus", "Denemarken", "Djibouti", "Dominica",
    "Duitsland", "Ecuador", "Egypte", "El Salvador", "Eritrea", "Estland", "Ethiopië", "Fiji",
    "Filipijnen", "Finland", "Frankrijk", "Gabon", "Gambia", "Georgië", "Ghana", "Griekenland",
    "Groenland", "Guatemala", "Guinee", "Guyana", "Haïti", "Honduras", "Hongarije", "Ierland",
    "IJsland", "India", "Indonesië", "Irak", "Iran", "Israël", "Italië", "Ivoorkust", "Jamaica",
    "Japan", "Jemen", "Jordanië", "Kameroen", "Kazachstan", "Kenia", "Kirgizië", "Koeweit",
    "Kroatië", "Laos", "Lesotho", "Letland", "Libanon", "Liberia", "Libië", "Liechtenstein",
    "Litouwen", "Luxemburg", "Madagaskar", "Malawi", "Maleisië", "Mali", "Malta", "Marokko",
    "Mauritanië", "Mauritius", "Mexico", "Moldavië", "Mongolië", "Montenegro", "Mozambique",
    "Myanmar", "Namibië", "Nederland", "Nepal", "Nicaragua", "Niger", "Nigeria", "Noord-Korea",
    "Noord-Macedonië", "Noorwegen", "Oeganda", "Oekraïne", "Oezbekistan", "Oman", "Oostenrijk",
    "Pakistan", "Palestina", "Panama", "Paraguay", "Peru", "Polen", "Portugal", "Qatar",
    "Roemenië", "Rusland", "Rwanda", "Saoedi-Arabië", "Senegal", "Servië", "Sierra Leone",
    "Singapore", "Slovenië", "Slowakije", "Soedan", "Somalië", "Spanje", "Sri Lanka",
    "Suriname", "Syrië", "Tadzjikistan", "Taiwan", "Tanzania", "Thailand", "Togo", "Tsjaad",
    "Tsjechië", "Tunesië", "Turkije", "Turkmenistan", "Uruguay", "Vaticaanstad", "Venezuela",
    "Verenigd Koninkrijk", "Verenigde Staten", "Vietnam", "Wit-Rusland", "Zambia", "Zimbabwe",
    "Zuid-Afrika", "Zuid-Korea", "Zweden", "Zwitserland", "Engeland", "Schotland", "Holland",
)  # fmt: skip
