"""Authority ladders for the common kinds of workplace (DOMAIN.md), nearest level first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PresetLevel:
    id: str
    name: str
    response_days: int | None = None
    dispensable: bool = True


@dataclass(frozen=True)
class Preset:
    id: str
    language: str
    committee_kind: str
    committee_name: str  # with {workplace}
    levels: tuple[PresetLevel, ...]


_EU = PresetLevel("eu", "EU-retten", None, dispensable=False)

PRESETS: dict[str, Preset] = {
    "dk-kommune": Preset(
        "dk-kommune",
        "da",
        "MED",
        "Lokal-MED {workplace}",
        (
            PresetLevel("arbejdsplads", "{workplace}", 14),
            PresetLevel("forvaltning", "Fagforvaltningen / direktionen (område-MED)", 30),
            PresetLevel("hoved-med", "Hoved-MED (fælles MED-retningslinjer)", 60),
            PresetLevel("kommunalbestyrelse", "Kommunalbestyrelsen", 60),
            PresetLevel(
                "overenskomst", "Overenskomstens parter (KL og de faglige organisationer)", 90
            ),
            PresetLevel("stat", "Staten (ministeriet; Folketinget)", 90),
            _EU,
        ),
    ),
    "dk-region": Preset(
        "dk-region",
        "da",
        "MED",
        "Lokal-MED {workplace}",
        (
            PresetLevel("afdeling", "{workplace}", 14),
            PresetLevel("hospitalsledelse", "Hospitals- eller centerledelsen", 30),
            PresetLevel("regional-administration", "Regionens administration", 45),
            PresetLevel("regionsraad", "Regionsrådet", 60),
            PresetLevel(
                "overenskomst",
                "Overenskomstens parter (Danske Regioner og de faglige organisationer)",
                90,
            ),
            PresetLevel("stat", "Staten (ministeriet; Folketinget)", 90),
            _EU,
        ),
    ),
    "dk-stat": Preset(
        "dk-stat",
        "da",
        "SU",
        "SU {workplace}",
        (
            PresetLevel("enhed", "{workplace}", 14),
            PresetLevel("institution", "Styrelsen / direktionen (SU / hoved-SU)", 30),
            PresetLevel("departement", "Ministeriets departement", 60),
            PresetLevel(
                "overenskomst",
                "Overenskomstens parter (Medarbejder- og Kompetencestyrelsen og CFU)",
                90,
            ),
            PresetLevel("folketinget", "Folketinget", 90),
            _EU,
        ),
    ),
    "no-kommune": Preset(
        "no-kommune",
        "nb",
        "styringsgruppe",
        "Styringsgruppe for {workplace}",
        (
            PresetLevel("virksomhet", "{workplace}", 14),
            PresetLevel("sektor", "Kommunalsjefen for sektoren", 30),
            PresetLevel("kommunedirektor", "Kommunedirektøren", 45),
            PresetLevel("kommunestyret", "Kommunestyret", 60),
            PresetLevel(
                "tariffavtale",
                "Tariffavtalens parter (KS og fagforeningene; Hovedtariffavtalen)",
                90,
            ),
            PresetLevel("stat", "Staten (departement/direktorat; Stortinget)", 90),
            PresetLevel("eos", "EØS-retten", None, dispensable=False),
        ),
    ),
}
