"""Which letters and which function words each language writes, for judging a decoding.

A legacy code page is a guess about a file's language: the same byte 0xF8 is
"ø" in Windows-1252 and "ř" in Windows-1250. Two facts about a decoded text
tell the guesses apart without a trained model: how many of its words are
function words of some language (articles, prepositions, conjunctions: they
make up a large share of any running text), and whether its letters outside
ASCII belong to that language's alphabet.

The lists name the letters beyond a-z of each language's standard orthography
(lower case; none for English) and some thirty
of its most frequent function words. The languages are those the web's legacy
encodings serve (WHATWG Encoding Standard): the languages of western, central
and northern Europe in Windows-1250/1252/1257 and ISO-8859, Turkish, Vietnamese,
Greek, Cyrillic, Hebrew and Arabic.
"""

from __future__ import annotations

import unicodedata


def _span(first: int, last: int) -> str:
    return "".join(chr(code) for code in range(first, last + 1))


_CYRILLIC = _span(0x430, 0x44F)  # а-я
_VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # Windows-1258 writes tones as marks

# Letters beyond a-z, lower case, of each language's standard orthography.
ALPHABETS: dict[str, str] = {
    # English spells its loanwords with or without accents: none of them says much
    # about the code page of an English text.
    "en": "",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "pt": "àáâãçéêíóôõúü",
    "it": "àèéìíîòóùú",
    "ca": "àçèéíïòóúü",
    "nl": "áäéèëíïóöúü",
    "sv": "åäöé",
    "da": "æøåé",
    "no": "æøåéóòô",
    "is": "áðéíóúýþæö",
    "fi": "äöåšž",
    "et": "äõöüšž",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "sl": "čšž",
    "hr": "čćđšž",
    "ro": "ăâîșțşţ",
    "tr": "çğıöşüâîû",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "vi": "àáâãèéêìíòóôõùúýăđĩũơư" + _span(0x1EA0, 0x1EF9) + _VIETNAMESE_MARKS,
    "ru": _CYRILLIC + "ё",
    "uk": "".join(letter for letter in _CYRILLIC if letter not in "ъыэ") + "ґєії",
    "bg": _CYRILLIC,
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "el": _span(0x3B1, 0x3C9) + "άέήίόύώϊϋΐΰ",
    "he": _span(0x5D0, 0x5EA) + _span(0x5B0, 0x5C7),
    "ar": _span(0x621, 0x64A) + _span(0x64B, 0x652) + "پچژکگی",
}

# Frequent function words of each language, lower case, NFC.
FUNCTION_WORDS: dict[str, str] = {
    "en": "the and of to in is was that for on with as at by from he she it his her had "
    "have has not but were been be this which they said after before",
    "de": "der die das und ist nicht ein eine mit von den dem zu auf für im sich auch es "
    "war wurde nach bei aus dass sie er wie über vor noch am hat sind",
    "fr": "le la les de des du et est un une à en que qui pas pour dans sur au aux il elle "
    "ne ce par avec été se sont plus après",
    "es": "el la los las de del y en que un una es por con para no se su al lo como más "
    "pero sus le ha fue este esta sin sobre también según",
    "pt": "o a os as de do da dos das e em no na nos nas que um uma é para com não por se "
    "ao à mais foi são sobre pela pelo",
    "it": "il lo la gli le di del della e è che un una per non in con si da al alla sono "
    "ma più come anche nel nella",
    "ca": "el la els les de del i que un una és per amb no es va al als dels en més però "
    "aquest aquesta",
    "nl": "de het een en van in is dat op te zijn voor met niet die aan er maar om ook als "
    "bij werd naar uit",
    "sv": "och i att det som en är på för med den av inte till han hon var har de om ett "
    "jag men så från vid sig när",
    "da": "og i at det en er på for med den af ikke til han hun var har de om et jeg men så "
    "fra ved sig som blev efter",
    "no": "og i at det en er på for med den av ikke til han hun var har de om et jeg men så "
    "fra ved seg som ble etter",
    "is": "og að í á er það sem var ekki til við hann hún með um en frá fyrir þetta",
    "fi": "ja on ei se että oli hän kun mutta niin ovat joka myös tai vain jo sen ole",
    "et": "ja on ei et see oli ta kui aga ka või mis ning seda veel",
    "pl": "i w z na się nie do że to jest od o jak po ale za co przez dla jego tak już był "
    "była został przy oraz tym",
    "cs": "a v na se je že to do z s o k ve jsou byl byla by jako ale pro od po za jsem "
    "už také který které než",
    "sk": "a v na sa je že to do z s o k vo sú bol bola by ako ale pre od po za som už aj "
    "ktorý ktoré než",
    "hu": "a az és hogy nem is egy van volt meg de csak már még mint ez azt el ki be sem",
    "sl": "in je v na se da za z s so ki pa ne to bil od po kot tudi ali še",
    "hr": "i je u na se da za od s su ne to bio kao ali što iz po koji još",
    "ro": "și şi în de la cu nu pe să este a o un din care mai ca pentru fost sau dar",
    "tr": "ve bir bu da de için ile ne gibi çok daha olarak ama en o var yok değil olan",
    "lt": "ir kad yra į su iš ne tai kaip o bet jis ji buvo nuo už per apie",
    "lv": "un ir ka ar no uz par bet kā tas vai nav bija arī pie jau",
    "vi": "và của là có không được trong cho với các những một người này đã để từ khi đến "
    "cũng như về",
    "ru": "и в не на что с по к это он она как из у за от о был была так но для уже а же мы во то",
    "uk": "і в у на не що з до це він вона як за від але та для вже ми й був була про",
    "bg": "и в на не да се че с за от по това той тя като е са но до беше със ще",
    "sr": "и у на је да се за од са не то као али што из по који још",
    "el": "και το η ο να τα του της των σε με για που από δεν είναι στο στη θα οι",
    "he": "של את על לא הוא היא זה עם כי גם אבל אם או",
    "ar": "في من على إلى أن هذا التي الذي عن مع كان لا ما و در به از که این را با است",
}

ALPHABET_SETS: dict[str, frozenset[str]] = {
    language: frozenset(letters) for language, letters in ALPHABETS.items()
}


def _languages_by_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language, words in FUNCTION_WORDS.items():
        for word in words.split():
            index.setdefault(unicodedata.normalize("NFC", word), []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


# A function word and every language that has it ("de" is Dutch, French, Spanish ...).
LANGUAGES_BY_WORD: dict[str, tuple[str, ...]] = _languages_by_word()
