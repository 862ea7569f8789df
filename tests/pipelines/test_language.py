"""Dutch or English: the language the assistant answers a support message in."""

import pytest

from pipelines.language import detect_language

DUTCH = [
    "hoi",
    "hallo",
    "dank je",
    "Dank u wel!",
    "Bedankt!",
    "Top, bedankt voor de hulp",
    "Ja, dat klopt.",
    "Nee hoor, het werkt nog steeds niet",
    "Goedemorgen, mijn wachtwoord werkt niet meer.",
    "Ik kan niet inloggen.",
    "Kunnen jullie mij terugbellen?",
    "Wanneer wordt mijn bestelling geleverd?",
    "De printer op de tweede verdieping doet het niet.",
    "mijn laptop geeft een error bij het inloggen op de VPN",
    "Onze IT-afdeling krijgt steeds een timeout op de server",
    "Na de update van Windows start Outlook niet meer op",
    "Hi, mijn account is geblokkeerd na drie keer een fout wachtwoord",
    "Ik heb de factuur van oktober nog niet ontvangen.",
    "Graag de licentie verlengen voor 5 gebruikers.",
    "Kan iemand mij helpen met de 2FA app?",
    "Sinds gisteren krijg ik geen mail meer binnen op mijn telefoon",
    "Waar kan ik mijn facturen downloaden?",
    "Het dashboard laadt heel traag, is er een storing?",
    "Mijn naam is [PERSOON-1] en ik woon op [ADRES-1].",
    "Wil je het bedrag terugstorten op [IBAN-1]? Alvast bedankt.",
    "Beste [PERSOON-2], zoals besproken stuur ik hierbij de gegevens.",
    "Geachte heer/mevrouw, hierbij wil ik mijn abonnement opzeggen.",
    "Wij hebben een nieuwe medewerker, kunnen jullie een account aanmaken?",
    "De wifi in het kantoor valt steeds weg",
    "Is het mogelijk om de backup vaker te laten draaien?",
    "Ik weet niet meer welk e-mailadres ik heb gebruikt.",
    "Mvg, [PERSOON-1]",
    "Hoe zet ik mijn handtekening in Outlook?",
    "Hallo, de website is down. Kunnen jullie even kijken?",
    "Mag ik mijn gegevens laten verwijderen uit jullie systeem?",
    "Ik wil graag weten welke persoonsgegevens jullie van mij hebben.",
    "Het scherm blijft zwart na het opstarten",
    "Groetjes en fijne dag!",
    "Helaas werkt de reset link niet, ik krijg een 404",
    "Ons team kan niet bij de gedeelde map op de NAS",
    "Kunt u de offerte nog een keer sturen?",
    "Goedemiddag, is mijn ticket al opgepakt?",
    "Na het vervangen van de router hebben we geen internet meer",
    "De teller van de licenties klopt niet, we hebben er 12 maar zien er 10",
    "Zou u mij kunnen bellen op [TELEFOONNUMMER-1]?",
    (
        "Beste helpdesk,\n\nSinds de migratie naar Microsoft 365 kan ik de gedeelde agenda van "
        "mijn collega niet meer openen. Ik krijg de melding dat ik geen rechten heb, maar vorige "
        "week werkte het nog wel. Kunnen jullie dit controleren?\n\nMet vriendelijke groet,\n"
        "[PERSOON-1]"
    ),
    "HELP MIJN WACHTWOORD WERKT NIET",
    "a.u.b. zsm terugbellen",
]

ENGLISH = [
    "hi",
    "hello",
    "thanks!",
    "Thank you so much",
    "Cheers",
    "Yes, that is correct.",
    "No, it still does not work",
    "Good morning, my password is not working anymore.",
    "I can't log in.",
    "Could you call me back please?",
    "When will my order be delivered?",
    "The printer on the second floor is broken.",
    "My name is Jan de Vries, I live at Kerkstraat 5",
    "Our IT department keeps getting a timeout on the server",
    "After the Windows update Outlook does not start anymore",
    "Hi, my account was locked after three failed login attempts",
    "I haven't received the invoice for October yet.",
    "Please renew the licence for 5 users.",
    "Can someone help me with the 2FA app?",
    "Since yesterday I don't get any mail on my phone",
    "Where can I download my invoices?",
    "The dashboard is very slow, is there an outage?",
    "My name is [PERSOON-1] and I live at [ADRES-1].",
    "Could you refund the amount to [IBAN-1]? Thanks in advance.",
    "Dear [PERSOON-2], as discussed I am sending you the details.",
    "Dear Sir or Madam, I would like to cancel my subscription.",
    "We have a new employee, could you create an account for her?",
    "The wifi in the office keeps dropping",
    "Is it possible to run the backup more often?",
    "I don't remember which email address I used.",
    "Kind regards, [PERSOON-1]",
    "How do I set up my signature in Outlook?",
    "Hello, the website is down. Could you have a look?",
    "Can you delete my data from your system?",
    "I would like to know which personal information you keep on me.",
    "The screen stays black after booting",
    "Have a nice day!",
    "Unfortunately the reset link does not work, I get a 404",
    "Our team cannot access the shared folder on the NAS",
    "Could you send the quote again?",
    "Good afternoon, has my ticket been picked up yet?",
    "After replacing the router we have no internet",
    "The licence count is wrong, we have 12 but only see 10",
    "Would you call me on [TELEFOONNUMMER-1]?",
    "I work at Gemeente Utrecht, Stadsplateau 1, and my manager is Pieter van den Berg.",
    (
        "Hi team,\n\nSince the migration to Microsoft 365 I can no longer open my colleague's "
        "shared calendar. It says I do not have permission, but last week it still worked. Could "
        "you check this for me?\n\nBest regards,\n[PERSOON-1]"
    ),
    "PLEASE HELP MY PASSWORD IS NOT WORKING",
    "e.g. the VPN drops every hour",
]


@pytest.mark.parametrize("text", DUTCH)
def test_dutch_messages(text):
    assert detect_language(text, default="en") == "nl"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_messages(text):
    assert detect_language(text, default="nl") == "en"


def test_the_tables_are_large_enough_and_fully_correct():
    assert len(DUTCH) >= 40 and len(ENGLISH) >= 40
    correct = sum(detect_language(t, "en") == "nl" for t in DUTCH) + sum(
        detect_language(t, "nl") == "en" for t in ENGLISH
    )
    assert correct / (len(DUTCH) + len(ENGLISH)) == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "12345",
        "06-12345678",
        "[PERSOON-1]",
        "[PERSOON-1] [IBAN-2] [TELEFOONNUMMER-3]",
        "[E-MAILADRES-1]",
        "jan@example.nl https://example.nl/login",
        "?!",
        "👍",
        "ok",
        "VPN",
        # words the languages share count for neither
        "in is was of me we hand",
    ],
)
@pytest.mark.parametrize("default", ["nl", "en"])
def test_nothing_to_go_on_gives_the_default(text, default):
    assert detect_language(text, default=default) == default


def test_default_is_dutch():
    assert detect_language("") == "nl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letter pairs only break ties between equal word counts
        ("thank u", "en"),
        ("Zuid-Holland", "nl"),
        ("Smith", "en"),
        # a Dutch street or name does not outweigh an English sentence, and vice versa
        ("Please send it to Molenweg 12, Zoetermeer", "en"),
        ("Stuur het naar Baker Street 221b", "nl"),
    ],
)
def test_edge_cases(text, expected):
    assert detect_language(text, default="nl") == expected


def test_curly_apostrophes_and_contractions():
    assert detect_language("I’m sorry, it doesn’t work", default="nl") == "en"
    assert detect_language("m’n wachtwoord", default="en") == "nl"
