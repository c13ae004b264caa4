"""Short texts in the legacy single-byte encodings users' files still come in.

Each sample is a text written from the word lists and sentence templates below
(names are invented, the sentences are ordinary ones written for this file) and
the encoding it is saved in. The sets mirror what arrives from Windows machines
and old web pages: Western European text in Latin-1 or Windows-1252 (curly
quotes, dashes, the euro sign), Polish and Czech in Windows-1250, Russian in
Windows-1251 and KOI8-R. Lengths run from one sentence to a paragraph of five.
Generation is seeded, so every run measures the same texts.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass

SEED = 15


@dataclass(frozen=True)
class Sample:
    """One text, the set it belongs to and the encoding its bytes are written in."""

    set_name: str
    language: str
    encoding: str
    text: str

    @property
    def data(self) -> bytes:
        return self.text.encode(self.encoding)


# Western European ---------------------------------------------------------------

WESTERN_FIRST = [
    "Jens",
    "Zoë",
    "Søren",
    "Björn",
    "Agnès",
    "Inés",
    "Joaquín",
    "Françoise",
    "Jürgen",
    "Mário",
    "Åsa",
    "Øyvind",
    "Noémie",
    "Raúl",
    "Begoña",
    "Hélène",
    "Göran",
    "Thérèse",
    "Íñigo",
    "Lærke",
    "Ólafur",
    "Renée",
    "Céline",
    "Loïc",
    "André",
    "José",
    "João",
    "Gonçalo",
    "Sébastien",
    "Jörg",
    "Käthe",
    "Mårten",
    "Kjell",
    "Bodil",
    "Anna",
    "Peter",
    "Maria",
    "David",
    "Laura",
    "Paul",
    "Ada",
    "Nils",
    "Marta",
    "Ines",
]
WESTERN_LAST = [
    "Söring",
    "Lindqvist",
    "Åkesson",
    "Østergaard",
    "Nørgaard",
    "Castañeda",
    "Ibáñez",
    "Muñoz",
    "Peña",
    "Gonçalves",
    "Conceição",
    "Brandão",
    "Lefèvre",
    "Béranger",
    "Dupré",
    "Schröder",
    "Weiß",
    "Strauß",
    "Kühne",
    "Häberle",
    "Jäger",
    "Bjørnstad",
    "Sæther",
    "Løvik",
    "Hallgrímsson",
    "Þórsdóttir",
    "Çelik",
    "Aragão",
    "Solís",
    "Núñez",
    "Vázquez",
    "Löfgren",
    "Ekström",
    "Sjöberg",
    "Grönlund",
    "Mérieux",
    "Okafor",
    "Halvorsen",
    "Brennan",
    "Moreau",
    "Fischer",
    "Olsen",
]
WESTERN_PLACES = [
    "Zürich",
    "Malmö",
    "Göteborg",
    "São Paulo",
    "Besançon",
    "Córdoba",
    "Málaga",
    "Köln",
    "Düsseldorf",
    "München",
    "Tromsø",
    "Århus",
    "Reykjavík",
    "Genève",
    "Montréal",
    "Orléans",
    "Nîmes",
    "Linköping",
    "Jönköping",
    "Bogotá",
    "Medellín",
    "Asunción",
    "Brasília",
    "Évora",
    "Ålesund",
    "Næstved",
    "Cádiz",
    "León",
    "Logroño",
    "Frankfurt",
    "Lyon",
    "Bergen",
    "Coimbra",
    "Lagos",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

ENGLISH = [
    "{name} arrived in {place} on {date}.",
    "{name} met {name2} at a café near the station in {place}.",
    "The report by {name} was filed in {place} and reviewed by {name2} a week later.",
    "According to {name}, the meeting in {place} ended early.",
    "{name} and {name2} signed the lease for a flat in {place} on {date}.",
    "On {date}, {name} wrote to the water agency in {place} about the delay.",
    "The witness, {name}, said she had seen {name2} leave {place} before noon.",
    "{name} paid the deposit in cash and left for {place} the same evening.",
    "A spokesman confirmed that {name} had resigned from the board in {place}.",
    "The court in {place} heard evidence from {name} for two days.",
    "The invoice was sent to {name} in {place}, but nobody paid it.",
    "Police in {place} said {name} had not been seen since {date}.",
    "{name} told reporters the contract had been signed in {place}.",
]
# Windows-1252 only: curly quotes, apostrophes, dashes, ellipsis, euro sign.
ENGLISH_CP1252 = [
    "“We were never told,” {name} said after the hearing in {place}.",
    "{name}’s lawyer called the claim “absurd” and left the room.",
    "The deal – worth €{amount} million – was signed by {name} in {place}.",
    "{name} arrived late — the train from {place} had been cancelled.",
    "“I don’t remember,” said {name}, “but it was before {date}.”",
    "The sign read ‘closed until further notice’… and it stayed closed.",
    "{name} paid €{amount} for the lease, {name2}’s office confirmed.",
    "It wasn’t {name}’s first visit to {place} — she had lived there in {year}.",
    "Pages 12–{amount} of the file were missing when {name} returned it.",
]

GERMAN_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
GERMAN = [
    "{name} ist am {day}. {month_de} {year} nach {place} gefahren.",
    "Die Größe der Wohnung in {place} wurde von {name} überprüft.",
    "Laut {name} war die Straße vor dem Büro den ganzen Tag gesperrt.",
    "{name} hat den Vertrag über fünf Jahre unterschrieben.",
    "Am Donnerstag erklärte {name}, dass die Prüfung verschoben würde.",
    "Die Behörde in {place} schloss die Akte erst nach längerer Überprüfung.",
    "Für die Schäden am Gebäude müssen die Eigentümer selbst aufkommen.",
    "Im Frühjahr zog {name} mit der Familie in ein größeres Haus.",
    "Der Bürgermeister von {place} äußerte sich nicht zu den Vorwürfen.",
    "Nach Angaben der Polizei wurde niemand verletzt.",
]
GERMAN_CP1252 = [
    "„Das habe ich nie gesagt“, erklärte {name} vor dem Gericht in {place}.",
    "Die Miete – rund {amount} € im Monat – zahlte {name} stets pünktlich.",
]

FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FRENCH = [
    "{name} est arrivé à {place} le {day} {month_fr} {year}.",
    "Selon {name}, la réunion a été reportée à la semaine prochaine.",
    "Le maire de {place} a reçu {name} à l'hôtel de ville.",
    "Les élèves ont préparé une fête pour la fin de l'année.",
    "{name} a déclaré qu'il n'avait jamais vu ce garçon auparavant.",
    "La société a été créée en {year} par {name} et deux associés.",
    "Il a fallu trois mois pour que le dossier soit examiné par le tribunal de {place}.",
    "Après le déjeuner, {name} est reparti vers {place} en voiture.",
    "« Je ne sais pas », a répondu {name} aux enquêteurs.",
    "Le témoin a reconnu la voiture garée devant l'église.",
]
FRENCH_CP1252 = [
    "Selon {name}, l’œuvre a été vendue à {place} pour {amount}000 €.",
    "Sa sœur a confirmé qu’elle était à {place} ce jour-là.",
    "{name} l’a dit de bon cœur : « c’est fini ».",
]

SPANISH_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
SPANISH = [
    "{name} llegó a {place} el {day} de {month_es} de {year}.",
    "Según {name}, la reunión se celebró en la sede de la compañía.",
    "El niño pasó el año en casa de su abuela en {place}.",
    "La policía detuvo a un señor que conducía sin licencia.",
    "{name} explicó que la investigación todavía no había terminado.",
    "¿Quién firmó el contrato? Nadie lo sabía con certeza.",
    "Mañana por la mañana {name} viajará a {place} en tren.",
    "El acusado, {name}, negó haber estado en {place} aquella noche.",
    "¡Qué sorpresa! {name} ganó el premio del concurso de pintura.",
    "Los vecinos se quejaron del ruido durante años.",
]

SWEDISH_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
SWEDISH = [
    "{name} kom till {place} den {day} {month_sv} {year}.",
    "Enligt {name} hade mötet flyttats till nästa vecka.",
    "Polisen i {place} har inlett en förundersökning om stölden.",
    "Det är svårt att säga hur många som bor i området.",
    "Hon köpte en lägenhet på söder för två år sedan.",
    "{name} svarade att han inte kände till några fel i räkenskaperna.",
    "Kommunen vill bygga en ny skola närmare sjön.",
]
DANISH_NORWEGIAN = [
    "{name} flyttede til {place} i {year} sammen med sin søster.",
    "Ifølge {name} blev mødet aflyst på grund af sne.",
    "Kommunen har bevilget penge til en ny skole på øen.",
    "Han kjøpte en gård ved fjorden for tre år siden.",
    "Det var første gang {name} besøkte {place}.",
    "Både lærere og elever var på plads før klokken otte.",
    "Vi så et rødt hus på den anden side af søen.",
]
PORTUGUESE_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
PORTUGUESE = [
    "{name} chegou a {place} em {day} de {month_pt} de {year}.",
    "Segundo {name}, a reunião foi adiada para a próxima semana.",
    "A população da região cresceu muito nas últimas décadas.",
    "O irmão de {name} não compareceu à audiência em {place}.",
    "As informações sobre a situação financeira são públicas.",
    "A decisão do conselho não foi bem recebida pelos trabalhadores.",
    "Não há provas de que {name} estivesse em {place} naquela noite.",
]
ICELANDIC = [
    "{name} fæddist í {place} árið {year}.",
    "Þetta var í fyrsta sinn sem hún kom til Íslands.",
    "Fundurinn var haldinn í ráðhúsinu á fimmtudaginn.",
    "Lögreglan rannsakar málið og hefur rætt við vitni.",
    "Veðrið var gott og börnin léku sér úti allan daginn.",
    "{name} sagði að samningurinn hefði verið undirritaður í gær.",
]
ITALIAN = [
    "Secondo {name}, la città è più tranquilla di quanto si pensi.",
    "Perché non è venuto alla riunione di venerdì?",
    "Il caffè era già freddo quando {name} ha telefonato.",
    "La polizia di {place} ha aperto un'indagine sul furto.",
    "Il comune ha già approvato il progetto per la nuova scuola.",
    "{name} vive a {place} dal {year}, più o meno.",
    "Non è chiaro chi pagherà i danni alla casa.",
]
CATALAN = [
    "La col·lecció d'art es va traslladar a {place} l'any {year}.",
    "{name} va néixer a {place} el {year}.",
    "L'ajuntament ha aprovat el projecte de la nova escola.",
    "Segons {name}, la reunió es farà la setmana vinent.",
    "La policia investiga el robatori que es va produir dijous.",
    "Els veïns es van queixar del soroll durant anys.",
]

WESTERN_LANGUAGES: dict[str, tuple[list[str], list[str]]] = {
    # language: (Latin-1 templates, templates that need Windows-1252)
    "en": (ENGLISH, ENGLISH_CP1252),
    "de": (GERMAN, GERMAN_CP1252),
    "fr": (FRENCH, FRENCH_CP1252),
    "es": (SPANISH, []),
    "sv": (SWEDISH, []),
    "da-no": (DANISH_NORWEGIAN, []),
    "pt": (PORTUGUESE, []),
    "is": (ICELANDIC, []),
    "it": (ITALIAN, []),
    "ca": (CATALAN, []),
}

# Polish and Czech (Windows-1250) -------------------------------------------------

POLISH_NAMES = [
    "Łukasz Wójcik",
    "Agnieszka Dąbrowska",
    "Małgorzata Zielińska",
    "Paweł Kaczmarek",
    "Zofia Wiśniewska",
    "Grzegorz Jabłoński",
    "Bożena Stępień",
    "Michał Krawczyk",
    "Katarzyna Sikorska",
    "Jędrzej Mazur",
    "Ewa Gołębiowska",
    "Witold Błaszczyk",
    "Iwona Górecka",
    "Wojciech Żak",
    "Jolanta Pietrzyk",
    "Dorota Świątek",
]
POLISH = [
    "{name} mieszka w Krakowie od wielu lat.",
    "{name} prowadzi małą księgarnię w Łodzi.",
    "{name} uważa, że decyzja sądu jest niesprawiedliwa.",
    "{name} codziennie jeździ pociągiem do Gdańska.",
    "Spotkanie w urzędzie odbędzie się w przyszły czwartek.",
    "Właściciel sklepu zgłosił kradzież na policję.",
    "Przez całą zimę na ulicach leżał śnieg.",
    "Dzieci wróciły ze szkoły wcześniej niż zwykle.",
    "Ceny mieszkań w Poznaniu wzrosły o dwadzieścia procent.",
    "Świadek zeznał, że samochód odjechał w stronę Wrocławia.",
    "Umowa została podpisana siedemnastego grudnia {year} roku.",
    "Żółta łódź stała przy brzegu jeziora.",
    "Nie wiadomo, kto będzie odpowiadał za szkody.",
    "Mój brat często odwiedza dziadków w Zakopanem.",
    "„Nic nie widziałem” – powiedział świadek.",
]
CZECH_NAMES = [
    "Jiří Dvořák",
    "Petra Nováková",
    "Tomáš Černý",
    "Lucie Procházková",
    "Radek Kučera",
    "Zdeňka Horáková",
    "Ondřej Veselý",
    "Kateřina Marešová",
    "Vojtěch Růžička",
    "Markéta Pokorná",
    "Luboš Šťastný",
    "Jana Křížová",
    "Matěj Hrubý",
    "Šárka Benešová",
]
CZECH = [
    "{name} bydlí v Brně už mnoho let.",
    "{name} pracuje na městském úřadě v Olomouci.",
    "{name} tvrdí, že rozhodnutí soudu je nespravedlivé.",
    "Schůzka na úřadě se uskuteční příští čtvrtek.",
    "Majitel obchodu nahlásil krádež na policii.",
    "Celou zimu ležel na ulicích sníh.",
    "Děti se vrátily ze školy dříve než obvykle.",
    "Ceny bytů v Praze vzrostly o dvacet procent.",
    "Svědek vypověděl, že auto odjelo směrem k Ostravě.",
    "Smlouva byla podepsána sedmnáctého prosince {year}.",
    "Žluťoučký kůň stál u řeky.",
    "Není jasné, kdo zaplatí škody na domě.",
    "Můj bratr často jezdí za prarodiči do Plzně.",
    "Večer jsme šli do divadla a potom na večeři.",
    "„Nic jsem neviděl,“ řekl svědek.",
]

# Russian (Windows-1251 and KOI8-R) ------------------------------------------------

RUSSIAN_NAMES = [
    "Андрей Смирнов",
    "Ольга Кузнецова",
    "Дмитрий Волков",
    "Наталья Соколова",
    "Сергей Морозов",
    "Екатерина Лебедева",
    "Алексей Козлов",
    "Татьяна Новикова",
    "Игорь Фёдоров",
    "Юлия Павлова",
    "Михаил Орлов",
    "Анна Зайцева",
]
RUSSIAN = [
    "{name} живёт в Москве уже много лет.",
    "{name} работает в городской администрации Казани.",
    "{name} считает, что решение суда несправедливо.",
    "Встреча в администрации состоится в следующий четверг.",
    "Владелец магазина сообщил о краже в полицию.",
    "Всю зиму на улицах лежал снег.",
    "Дети вернулись из школы раньше обычного.",
    "Цены на квартиры в Новосибирске выросли на двадцать процентов.",
    "Свидетель показал, что машина уехала в сторону Твери.",
    "Договор был подписан 17 декабря {year} года.",
    "Никто не знает, кто заплатит за ущерб.",
    "Мой брат часто ездит к бабушке в Ярославль.",
    "Вечером мы пошли в театр, а потом в ресторан.",
    "По словам следователя, документы были найдены в подвале.",
]
# Windows-1251 has guillemets and dashes; KOI8-R has neither.
RUSSIAN_CP1251 = [
    "«Я ничего не видел», — сказал свидетель.",
    "{name} — директор небольшой фирмы в Самаре.",
]


def _fill(template: str, rng: random.Random, names: list[str]) -> str:
    """A template with its slots filled: names, places, dates and amounts."""
    first, second = rng.sample(names, 2)
    day = rng.randint(1, 28)
    month = rng.randrange(12)
    year = rng.randint(1985, 2023)
    return template.format(
        name=first,
        name2=second,
        place=rng.choice(WESTERN_PLACES),
        date=f"{ENGLISH_MONTHS[month]} {day}, {year}",
        day=day,
        year=year,
        amount=rng.randint(13, 95),
        month_de=GERMAN_MONTHS[month],
        month_fr=FRENCH_MONTHS[month],
        month_es=SPANISH_MONTHS[month],
        month_sv=SWEDISH_MONTHS[month],
        month_pt=PORTUGUESE_MONTHS[month],
    )


def _western_names(rng: random.Random) -> list[str]:
    return [f"{rng.choice(WESTERN_FIRST)} {rng.choice(WESTERN_LAST)}" for _ in range(4)]


def _paragraph(rng: random.Random, templates: list[str], names: list[str]) -> str:
    """One to five sentences; one-liners are the most common, as in short notes."""
    count = rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
    chosen = rng.sample(templates, min(count, len(templates)))
    return " ".join(_fill(template, rng, names) for template in chosen)


def _sample(
    rng: random.Random, set_name: str, language: str, encoding: str, make: Callable[[], str]
) -> Sample:
    """Draw texts until one has a character outside ASCII (an ASCII text tests nothing)."""
    while True:
        text = make()
        if not text.isascii():
            if rng.random() < 0.3:
                text += "\n"  # a file that ends with a newline, as most do
            return Sample(set_name, language, encoding, text)


def _western_text(rng: random.Random, language: str, encoding: str) -> str:
    """Sentences of one language; a Windows-1252 text always has a character Latin-1 lacks.

    It opens with a sentence only Windows-1252 can hold where the language has
    some, else with a sentence in curly quotes; apostrophes are typographic.
    """
    plain, extras = WESTERN_LANGUAGES[language]
    names = _western_names(rng)
    if encoding != "cp1252":
        return _paragraph(rng, plain, names)
    if extras:
        first = _fill(rng.choice(extras), rng, names)
    else:
        first = f"“{_fill(rng.choice(plain), rng, names)}”"
    rest = _paragraph(rng, plain + extras, names) if rng.random() < 0.5 else ""
    return f"{first} {rest}".strip().replace("'", "’")


def western_samples(rng: random.Random, count: int) -> list[Sample]:
    """Half Latin-1, half Windows-1252 (with its quotes and dashes where the language has them)."""
    samples = []
    languages = sorted(WESTERN_LANGUAGES)
    for index in range(count):
        language = rng.choice(languages)
        encoding = "latin-1" if index % 2 == 0 else "cp1252"
        samples.append(
            _sample(
                rng,
                "western",
                language,
                encoding,
                functools.partial(_western_text, rng, language, encoding),
            )
        )
    return samples


def central_samples(rng: random.Random, count: int) -> list[Sample]:
    """Polish and Czech, alternately, in Windows-1250."""
    samples = []
    for index in range(count):
        language, templates, names = (
            ("pl", POLISH, POLISH_NAMES) if index % 2 == 0 else ("cs", CZECH, CZECH_NAMES)
        )
        make = functools.partial(_paragraph, rng, templates, names)
        samples.append(_sample(rng, "cp1250", language, "cp1250", make))
    return samples


def russian_samples(rng: random.Random, count: int, encoding: str) -> list[Sample]:
    """Russian in ``encoding``; guillemets and dashes only where the code page has them."""
    templates = RUSSIAN + (RUSSIAN_CP1251 if encoding == "cp1251" else [])
    make = functools.partial(_paragraph, rng, templates, RUSSIAN_NAMES)
    return [_sample(rng, encoding, "ru", encoding, make) for _ in range(count)]


def all_samples(seed: int = SEED) -> list[Sample]:
    """Every sample set, in a fixed order: the same texts on every run."""
    rng = random.Random(seed)
    return (
        western_samples(rng, 240)
        + central_samples(rng, 60)
        + russian_samples(rng, 40, "cp1251")
        + russian_samples(rng, 40, "koi8-r")
    )


SET_NAMES = ("western", "cp1250", "cp1251", "koi8-r")
