"""A small knowledge base for tests, built in code (nomenklatura-style factory)."""

from extract.linking.kb import KbEntity, KnowledgeBase


def person(id_, name, *aliases):
    return KbEntity(id_, name, "PERSON", tuple(aliases))


def small_kb():
    """Ten entities: people sharing a surname, an alias, places, a house, a prison."""
    return KnowledgeBase.from_entities(
        [
            person("jens-soering", "Jens Soering", "Jens Söring", "Christopher P. Noe"),
            person("elizabeth-haysom", "Elizabeth Haysom", "Liz Haysom"),
            person("derek-haysom", "Derek Haysom"),
            person("nancy-haysom", "Nancy Haysom"),
            person("chip-harding", "Chip Harding", "J.E. “Chip” Harding"),
            KbEntity("loose-chippings", "Loose Chippings", "FAC"),
            KbEntity("buckingham-correctional-center", "Buckingham Correctional Center", "FAC"),
            KbEntity("virginia", "Virginia", "GPE"),
            KbEntity("united-states", "United States", "GPE", ("US", "U.S.")),
            KbEntity("bedford-county-sheriffs-office", "Bedford County Sheriff's Office", "ORG"),
        ]
    )
