"""Norsk bokmål."""

MESSAGES: dict[str, str] = {
    # etiketter
    "label.error": "Feil",
    "label.warning": "Advarsel",
    # hjelp
    "help.app": (
        "regelsyn: forsvar eller fjern. Gå gjennom arbeidsplassens egne regler og "
        "dokumentasjonskrav i et partssammensatt utvalg eller en partssammensatt styringsgruppe "
        "(MED/SU i Danmark), bruk utfordringsretten, og send det arbeidsplassen ikke selv eier, "
        "videre til det nivået som gjør det."
    ),
    "ex.app": (
        "Eksempler: [bold]regelsyn init --example demo[/bold] · "
        "[bold]regelsyn -C demo rule list[/bold] · [bold]regelsyn -C demo check[/bold]"
    ),
    "help.init": (
        "Opprett et nytt register: regelsyn.yaml med myndighetsstigen for deres type "
        "arbeidsplass, mappen rules/ og .gitignore. Kjører git init, med mindre mappen allerede "
        "ligger i et git-repository."
    ),
    "ex.init": (
        "Eksempel: [bold]regelsyn init solhaven --preset dk-kommune "
        '--workplace "Plejecenter Solhaven"[/bold] · '
        "eller en kopi av eksempelregisteret: [bold]regelsyn init demo --example[/bold]"
    ),
    "help.rule": "Registrer, vis, finn og rett regler og dokumentasjonskrav.",
    "ex.rule": "Eksempel: [bold]regelsyn rule list --status active[/bold]",
    "help.rule_add": (
        "Registrer en regel eller et dokumentasjonskrav. Uten --title, --kind, --text og "
        "--owner-level spør regelsyn om feltene ett om gangen."
    ),
    "ex.rule_add": (
        'Eksempel: [bold]regelsyn rule add --title "Daglig renholdslogg" --kind documentation '
        '--text "Personalet kvitterer for hvert renhold." --owner-level arbejdsplads '
        "--minutes 4 --per-year 730 --people 12 --tag hygiejne[/bold]"
    ),
    "help.rule_list": (
        "Vis reglene som tabell, JSON eller CSV. Filtrene kan kombineres. --due-before tar "
        "også med regler som aldri er gjennomgått."
    ),
    "ex.rule_list": (
        "Eksempel: [bold]regelsyn rule list --owner arbejdsplads --due-before 2027-01-01[/bold] · "
        "[bold]regelsyn rule list --format csv > regler.csv[/bold]"
    ),
    "help.rule_show": "Vis én regel: som panel, JSON, YAML eller Markdown.",
    "ex.rule_show": "Eksempel: [bold]regelsyn rule show rengoering-log --format md[/bold]",
    "help.rule_edit": (
        "Rett en regel. Med flagg endres feltene direkte i filen (kommentarer og oppsett "
        "beholdes). Uten flagg åpnes filen i $EDITOR; den lagres først når den er gyldig, og "
        "den tidligere utgaven går aldri tapt."
    ),
    "ex.rule_edit": (
        'Eksempel: [bold]regelsyn rule edit rengoering-log --effect "Ingen funn ved tilsyn '
        '2023-2025 (tilsynsrapporter)"[/bold] · [bold]regelsyn rule edit rengoering-log[/bold]'
    ),
    "help.check": (
        "Kontroller hele registeret: feil (exit 1) og advarsler (exit 0, eller 1 med --strict). "
        "Hvert funn vises som fil:linje:kolonne: felt: melding."
    ),
    "ex.check": (
        "Eksempel: [bold]regelsyn check --strict[/bold] · [bold]regelsyn check --format json[/bold]"
    ),
    "help.schema": (
        "Skriv JSON Schema for regelsyn.yaml og regelfiler, slik at editorer kan foreslå felter "
        "og finne feil mens man skriver."
    ),
    "ex.schema": "Eksempel: [bold]regelsyn schema --out schemas[/bold]",
    # valg
    "opt.registry": (
        "Registerets mappe (ellers REGELSYN_REGISTRY eller nærmeste mappe oppover med "
        "regelsyn.yaml)."
    ),
    "opt.lang": (
        "Språk for meldinger: da, nb eller en (ellers REGELSYN_LANG eller registerets språk)."
    ),
    "opt.debug": "Vis hele den tekniske feilbeskrivelsen (traceback) ved uventede feil.",
    "opt.version": "Vis versjonen og avslutt.",
    "opt.init_dir": "Mappen som skal bli et register (opprettes om nødvendig).",
    "opt.preset": "Myndighetsstige: dk-kommune, dk-region, dk-stat eller no-kommune.",
    "opt.workplace": "Arbeidsplassens navn.",
    "opt.organisation": "Kommunen, regionen eller institusjonen.",
    "opt.committee": "Navnet på styringsgruppen, f.eks. 'Styringsgruppe for Solbakken sykehjem'.",
    "opt.language": "Registerets språk: da, nb eller en.",
    "opt.example": "Kopier eksempelregisteret (Plejecenter Solhaven) i stedet for et tomt register.",
    "opt.no_git": "Ikke kjør git init.",
    "opt.title": "Regelens tittel.",
    "opt.kind": "Regelens type.",
    "opt.text": "Regelens ordlyd.",
    "opt.owner_level": "Det nivået på myndighetsstigen som eier regelen (en id fra regelsyn.yaml).",
    "opt.owner_body": "Organet på det nivået, f.eks. 'Senterledelsen'.",
    "opt.legal_basis": "Hjemmel, f.eks. 'Helse- og omsorgstjenesteloven § 4-1'.",
    "opt.floor": "Hva en høyere regel krever uansett (minstekravet).",
    "opt.adopted": "Dato for vedtak (ÅÅÅÅ-MM-DD).",
    "opt.applies": "Hvem regelen gjelder for (kan gjentas).",
    "opt.purpose": "Formål, med dokumentasjonen for det.",
    "opt.effect": "Dokumentert effekt, med kilde.",
    "opt.legal_certainty": "Hvilken rettssikkerhet for innbyggerne regelen beskytter.",
    "opt.minutes": "Minutter per gang.",
    "opt.per_year": "Antall ganger i året per person.",
    "opt.people": "Antall personer som gjør det.",
    "opt.use": "Hvem bruker resultatet, og til hva (for målinger og rapporteringer).",
    "opt.tag": "Emneord (kan gjentas).",
    "opt.next_review": "Dato for neste gjennomgang (ÅÅÅÅ-MM-DD).",
    "opt.id": "Id (ellers laget av tittelen).",
    "opt.status": "Regelens status.",
    "opt.f_status": "Bare regler med denne statusen.",
    "opt.f_kind": "Bare regler av denne typen.",
    "opt.f_owner": "Bare regler som eies på dette nivået.",
    "opt.f_tag": "Bare regler med dette emneordet.",
    "opt.due_before": (
        "Bare regler som skal gjennomgås før denne datoen (og de som aldri er gjennomgått)."
    ),
    "opt.format": "Format: table, json eller csv.",
    "opt.show_format": "Format: table, json, yaml eller md.",
    "opt.rule_id": "Regelens id (filnavnet uten .yaml).",
    "opt.strict": "Behandle advarsler som feil (exit 1).",
    "opt.check_format": "Format: text eller json.",
    "opt.schema_out": "Mappe for skjemaene (standard: schemas/ i registeret).",
    # feil
    "err.no_registry": (
        "Det finnes ikke noe register her: verken {path} eller en mappe over den inneholder "
        "regelsyn.yaml."
    ),
    "err.no_registry_at": (
        "Det finnes ikke noe register i {path}: mappen inneholder ikke regelsyn.yaml."
    ),
    "hint.init": (
        "Opprett et med 'regelsyn init MAPPE', eller pek på et eksisterende med "
        "'regelsyn -C MAPPE …'."
    ),
    "err.registry_exists": (
        "Det finnes allerede et register: {path} finnes. regelsyn overskriver det ikke; velg en "
        "annen mappe."
    ),
    "err.not_a_folder": "{path} er en fil, ikke en mappe.",
    "err.example_clash": (
        "Eksempelregisteret kan ikke kopieres til {path}, fordi dette finnes der allerede: "
        "{parts}. Velg en tom mappe."
    ),
    "err.bad_id": (
        "'{id}' er ikke en gyldig id: bruk små bokstaver a-z, tall og bindestrek, høyst 64 tegn."
    ),
    "err.no_such_rule": "Det finnes ingen regel med id '{id}'.",
    "hint.rule_list": "Se alle id-er med 'regelsyn rule list'.",
    "err.rule_exists": "Det finnes allerede en regel med id '{id}' ({path}). Velg en annen id.",
    "err.unknown_level": ("'{level}' er ikke et nivå i regelsyn.yaml. Nivåene er: {known}."),
    "err.unknown_level_hint": (
        "'{level}' er ikke et nivå i regelsyn.yaml (mente du '{hint}'?). Nivåene er: {known}."
    ),
    "err.bad_date": (
        "{flag}: '{value}' er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, f.eks. 2027-03-01."
    ),
    "err.bad_today": "REGELSYN_TODAY='{value}' er ikke en dato (ÅÅÅÅ-MM-DD).",
    "err.changed_on_disk": (
        "{path} er blitt endret av noen andre mens kommandoen kjørte. Ingenting er skrevet; kjør "
        "kommandoen på nytt."
    ),
    "err.empty_file": "filen er tom",
    "err.not_mapping": (
        "filen skal inneholde felter (nøkkel: verdi), ikke en liste eller en enkelt verdi"
    ),
    "err.os": "filen kan ikke leses: {reason}",
    "err.outside": "{path} ligger utenfor registeret ({root}); det er ikke tillatt.",
    "err.link_outside": "filen er en lenke til {target}, som ligger utenfor registeret, og regelsyn leser ikke filer utenfor registeret; legg selve filen i registeret i stedet for lenken",
    "err.write_link": "{path} er en lenke (til {target}); regelsyn skriver ikke gjennom en lenke og erstatter den heller ikke med en fil. Legg selve filen i registeret i stedet for lenken, og kjør kommandoen på nytt.",
    "err.template": "Malen {where} kan ikke brukes: {reason}",
    "err.template_limit_text": "den lager en tekst på over {limit} tegn",
    "err.template_limit_items": "den lager en liste med over {limit} elementer",
    "err.template_limit_made": "den lager over {limit} tegn og listeelementer til sammen",
    "err.template_limit_output": "den skriver over {limit} tegn",
    "err.template_limit_loops": "løkkene dens går over {limit} ganger til sammen",
    "err.template_limit_calls": "den kaller makroer over {limit} ganger til sammen",
    "err.template_limit_depth": (
        "den går over {limit} lag i dybden (makroer, include, import, extends, "
        "rekursive løkker eller lister i lister)"
    ),
    "err.template_limit_range": "den ber range() om over {limit} tall",
    "err.template_limit_digits": "den regner med tall på over {limit} sifre",
    "err.template_limit_memory": "den bruker over {limit} MB minne",
    "err.template_limit_seconds": "den regner i over {limit} sekunder",
    "err.unexpected": (
        "Noe uventet gikk galt ({kind}: {reason}). Ingenting har gått tapt. Kjør på nytt med "
        "--debug for detaljer, og meld fra om feilen."
    ),
    # what the operating system refused, or what ran out (errors.system_error)
    "os.a_file": "en fil",
    "os.denied": "regelsyn fikk ikke lov til å lese eller skrive {path} (ingen tilgang). Sjekk at du har rett til å skrive i registerets mappe, eller be den som eier mappen, om tilgang.",
    "os.read_only": "{path} ligger på en disk som bare kan leses, så regelsyn kan ikke skrive der. Kjør kommandoen i en kopi av registeret som du kan skrive i.",
    "os.disk_full": "Disken er full, så regelsyn kunne ikke skrive {path}. En fil skrives helt eller ikke i det hele tatt, så ingen fil er halvveis skrevet. Frigjør plass, og kjør kommandoen på nytt.",
    "os.quota": "Plassen din på disken (kvoten) er brukt opp, så regelsyn kunne ikke skrive {path}. Slett noen filer, eller be om mer plass, og kjør kommandoen på nytt.",
    "os.missing": "{path} finnes ikke (lenger); den kan være flyttet eller slettet mens kommandoen kjørte. Sjekk stien, og kjør kommandoen på nytt.",
    "os.is_folder": "{path} er en mappe, men regelsyn trengte en fil. Sjekk stien, og kjør kommandoen på nytt.",
    "os.not_folder": "En del av stien {path} er en fil, men skulle vært en mappe. Sjekk stien, og kjør kommandoen på nytt.",
    "os.name_too_long": "Navnet er for langt for filsystemet: {path}. Velg et kortere navn, eller legg registeret i en mappe med en kortere sti.",
    "os.too_many_open": "Det er for mange filer åpne samtidig på denne maskinen. Lukk noen programmer, og kjør kommandoen på nytt.",
    "os.loop": "{path} er en lenke som peker i ring (eller gjennom altfor mange lenker). Rett eller slett lenken, og kjør kommandoen på nytt.",
    "os.io": "Disken kunne ikke lese eller skrive {path} (inn-/utdatafeil). Sjekk disken eller nettverksstasjonen, og kjør kommandoen på nytt.",
    "os.busy": "{path} er i bruk av et annet program. Lukk det, og kjør kommandoen på nytt.",
    "os.other": "Systemet kunne ikke lese eller skrive {path} ({reason}). Sjekk filen og mappen, og kjør kommandoen på nytt.",
    "os.memory": "Det var ikke nok minne til å gjøre kommandoen ferdig. Lukk andre programmer, og kjør den på nytt; er det et stort regneark, del det opp i flere filer.",
    "os.recursion": "regelsyn kom for dypt ned i noe som er nøstet i seg selv (lister i lister i mange lag, eller en mal som bruker seg selv), og stoppet. Finn filen med 'regelsyn check', eller sjekk registerets maler i templates/.",
    "err.fix_and_retry": (
        "Rett feilene ovenfor, og kjør kommandoen på nytt ('regelsyn check' viser alle)."
    ),
    "err.interrupted": "Avbrutt. Ingenting halvveis skrevet er lagret.",
    "err.no_terminal": (
        "Det finnes ingen terminal å stille spørsmål i. Oppgi opplysningene som flagg: {flags}."
    ),
    "err.edit_no_terminal": (
        "Det finnes ingen terminal å åpne en editor i. Angi endringene som flagg, f.eks. "
        "'regelsyn rule edit {id} --purpose \"…\"' ('regelsyn rule edit -h' viser alle flaggene)."
    ),
    "err.no_editor": (
        "Fant ingen editor. Sett EDITOR (f.eks. EDITOR=nano), eller rett felter med flagg, "
        "f.eks. 'regelsyn rule edit ID --purpose ...'."
    ),
    # YAML
    "y.bad_date": "'{value}' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)",
    "y.tag": "merket '{tag}' er ikke tillatt i regelsyn-filer",
    "y.too_big": "filen er på {size} byte; grensen er {limit}",
    "y.not_utf8": "filen er ikke UTF-8; lagre den som UTF-8",
    "y.not_utf8_cp1252": (
        "filen er ikke UTF-8 (den ligner Windows-1252/latin-1); lagre den som UTF-8"
    ),
    "y.utf16": "filen er lagret som UTF-16 (Notisblokk kaller det 'Unicode'); regelsyn leser bare UTF-8, så lagre den som UTF-8",
    "y.conflict": "filen inneholder en uløst merge-konflikt fra git (linjer som begynner med <<<<<<<, ======= eller >>>>>>>); rett teksten til den versjonen som skal gjelde, og slett merkelinjene",
    "y.tab": "det er brukt tabulator til innrykk; YAML krever mellomrom",
    "y.duplicate_key": "nøkkelen '{key}' står to ganger (første gang på linje {first})",
    "y.alias_bomb": "filen vokser til altfor mange verdier (aliaser som gjentar hverandre); den leses ikke",
    "y.roundtrip": "regelsyn klarte ikke å skrive filen slik at den kan leses igjen med samme innhold; ingenting er skrevet. Meld gjerne fra om feilen.",
    "y.colon": "det står ': ' et sted der YAML ikke venter et nytt felt; sett teksten i anførselstegn hvis den selv inneholder ': '",
    "y.unclosed_list": "en liste som begynner med [, slutter ikke med ]",
    "y.unclosed_braces": "en { ... } slutter ikke med }",
    "y.unclosed_quote": "et anførselstegn er ikke lukket",
    "y.escape": "'\\{char}' kan ikke stå i en tekst i doble anførselstegn; bruk enkle anførselstegn eller skriv \\\\",
    "y.indent": "innrykket passer ikke med linjene over (eller det står noe etter siste felt)",
    "y.missing_colon": "det mangler et kolon etter et feltnavn",
    "y.undefined_alias": "*{name} viser til et anker &{name} som ikke finnes; sett teksten i anførselstegn hvis den begynner med *",
    "y.bad_start": "en verdi kan ikke begynne med '{char}'; sett den i anførselstegn",
    "y.syntax": "ugyldig YAML: {problem}",
    # validering
    "v.missing": "må fylles ut",
    "v.extra": "ukjent felt '{key}'. Tillatte felter: {known}",
    "v.extra_hint": "ukjent felt '{key}' (mente du '{hint}'?)",
    "v.string_type": "må være tekst, ikke {value}",
    "v.string_too_short": "kan ikke være tom",
    "v.int": "må være et heltall, ikke {value}",
    "v.float": "må være et tall, ikke {value}",
    "v.bool": "må være true eller false, ikke {value}",
    "v.date": "må være en dato som ÅÅÅÅ-MM-DD, ikke {value}",
    "v.list": "må være en liste, f.eks. [a, b], ikke {value}",
    "v.mapping": "må være felter (nøkkel: verdi), ikke {value}",
    "v.ge": "må være minst {ge}, ikke {value}",
    "v.le": "kan høyst være {le}, ikke {value}",
    "v.too_short": "må ha minst {min_length} element(er)",
    "v.slug": (
        "{value} er ikke en gyldig id: bruk små bokstaver a-z, tall og bindestrek, høyst 64 tegn"
    ),
    "v.literal": "{value} er ikke tillatt; velg en av: {expected}",
    "v.date_answer": "'{value}' er ikke en dato. Skriv ÅÅÅÅ-MM-DD, f.eks. 2027-03-01.",
    "v.number_answer": "'{value}' er ikke et tall.",
    "v.int_answer": "'{value}' er ikke et heltall.",
    "v.negative_answer": "'{value}' kan ikke være negativ.",
    # kontroll
    "check.ok": "Registeret er i orden: {rules} regler, ingen feil eller advarsler.",
    "check.summary": "{errors} feil og {warnings} advarsler i {rules} regler.",
    "check.stray_file": "filen leses ikke: regelfiler må slutte på .yaml",
    "check.duplicate_level": "nivået '{id}' står flere ganger i myndighetsstigen",
    "check.unknown_local_level": "'{level}' er ikke et av nivåene under levels",
    "check.unknown_local_level_hint": (
        "'{level}' er ikke et av nivåene under levels (mente du '{hint}'?)"
    ),
    "check.id_mismatch": "id '{id}' må være den samme som filnavnet ('{stem}')",
    "check.unknown_level": "'{level}' er ikke et nivå i regelsyn.yaml",
    "check.unknown_level_hint": "'{level}' er ikke et nivå i regelsyn.yaml (mente du '{hint}'?)",
    "check.duplicate_id": "id '{id}' brukes også i {others}",
    "check.no_premise": (
        "ingen premiss er dokumentert (formål, effekt eller rettssikkerhet); uten den er "
        "utgangspunktet å fjerne regelen"
    ),
    "check.defended_without_premise": (
        "regelen står som forsvart, men ingen premiss er dokumentert (formål, effekt eller "
        "rettssikkerhet)"
    ),
    "check.defended_without_effect": (
        "regelen står som forsvart, men mangler dokumentert effekt, som registerets policy krever"
    ),
    "check.review_overdue": "gjennomgangen skulle ha vært {date} ({days} dager siden)",
    "check.burden_unknown": "byrden er ukjent: fyll ut minutes, per_year og people",
    # init
    "init.done": "Register opprettet i {path} ({files} filer og mapper).",
    "init.next": (
        "Neste steg: tilpass myndighetsstigen i regelsyn.yaml, registrer regler med "
        "'regelsyn -C {path} rule add', og kontroller med 'regelsyn -C {path} check'."
    ),
    "init.git_done": "git-repository opprettet.",
    "init.git_inside": "Mappen ligger allerede i et git-repository; git init er ikke kjørt.",
    "init.git_missing": "Fant ikke git; registeret er opprettet uten git.",
    "init.header": (
        "regelsyn: registerets innstillinger (mal: {preset}). Tilpass navnene slik at de passer "
        "til deres organisasjon."
    ),
    "init.comment.local_level": "Regler som eies på dette nivået, kan arbeidsplassen fjerne selv.",
    "init.comment.levels": (
        "Myndighetsstigen, nærmeste nivå først. response_days: frist for svar på en sak."
    ),
    "init.comment.review": "Måneder til neste gjennomgang; defend_requires: one (én dokumentert premiss er nok) eller effect (effekten må være dokumentert).",
    # regel
    "rule.added": "Regelen '{id}' er registrert i {path}.",
    "rule.added_next": "Se den med 'regelsyn rule show {id}'.",
    "rule.edited": "Regelen '{id}' er rettet: {fields}.",
    "rule.saved": "Regelen '{id}' er lagret ({path}).",
    "rule.unchanged": "Ingen endringer i '{id}'; filen er uendret.",
    "rule.list_empty": "Ingen regler passer.",
    "rule.list_total": "{count} regler, til sammen {hours} timer i året.",
    "rule.list_skipped": "{count} regelfil(er) kunne ikke leses og er utelatt.",
    "edit.resume_draft": "Fortsetter med det forrige utkastet ditt: {path}",
    "edit.editor_failed": "Editoren avsluttet med feilkode {code}. Utkastet ditt ligger i {path}.",
    "edit.reopen": "Filen er ikke gyldig. Vil du åpne den igjen og rette den?",
    "edit.merged": "{path} var endret av en annen i mellomtiden; endringene dine er lagt oppå den andres, og begge er bevart (kommentarer du skrev i utkastet, er ikke tatt med).",
    "edit.conflict": "{path} er endret av en annen siden du begynte å redigere, og dere har begge endret: {fields}. Ingen av endringene har gått tapt: utkastet ditt er i {draft}, og forskjellen vises nedenfor. Ta med den andres endring i utkastet, og lagre igjen.",
    "edit.theirs": "{path} (nå, med den andres endring)",
    "edit.mine": "utkastet ditt",
    "edit.reopen_conflict": "Vil du åpne utkastet igjen og ta med den andres endring?",
    "edit.kept_draft": (
        "Regelen er ikke endret. Utkastet ditt er lagret i {path}; kjør "
        "'regelsyn rule edit {id}' for å fortsette med det."
    ),
    # spørsmål
    "q.title": "Tittel",
    "q.kind": "Type (nummer eller navn)",
    "q.text": "Ordlyd",
    "q.owner_level": "Hvem eier regelen (nummer eller id)",
    "q.owner_body": "Organ (f.eks. Senterledelsen, kan utelates)",
    "q.legal_basis": "Hjemmel (kan utelates)",
    "q.legal_basis_help": (
        "Den loven, forskriften eller tariffavtalen regelen bygger på, f.eks. "
        "'Helse- og omsorgstjenesteloven § 4-1'."
    ),
    "q.floor": "Minstekrav (kan utelates)",
    "q.floor_help": ("Hvis regelen er en lokal utvidelse: hva krever den høyere regelen uansett?"),
    "q.purpose": "Formål (kan utelates)",
    "q.effect": "Effekt (kan utelates)",
    "q.effect_help": (
        "Dokumentert effekt, med kilde, f.eks. 'Fallraten sank 18 % 2021-2023 (kvalitetsrapport)'."
    ),
    "q.legal_certainty": "Rettssikkerhet (kan utelates)",
    "q.minutes": "Minutter per gang (kan utelates)",
    "q.per_year": "Ganger i året per person (kan utelates)",
    "q.people": "Antall personer (kan utelates)",
    "q.tags": "Emneord, skilt med komma (kan utelates)",
    "q.next_review": "Neste gjennomgang ÅÅÅÅ-MM-DD (kan utelates)",
    "prompt.required": "Dette feltet må fylles ut.",
    "prompt.choose": "'{typed}' er ikke et av valgene. Skriv et nummer eller en av: {choices}",
    "word.unknown": "'{typed}' er ikke et av ordene her; bruk et av: {words}",
    "help.word_metavar": "ORD",
    "err.bad_side": "'{value}': siden kan ikke leses: {reason}",
    "word.ambiguous": "'{typed}' kan bety flere ting: {words}; skriv litt mer",
    "word.not_here": "'{typed}' kan ikke brukes her; bruk et av: {words}",
    "help.one_of": "Et av: {words} (også på dansk, norsk eller engelsk, eller begynnelsen av ordet).",
    "word.request.remove": "fjern, fjernes",
    "word.request.amend": "endre, endres",
    "word.request.trial": "forsøk",
    "word.side.ledelse": "leder, ledelsen",
    "word.side.medarbejdere": "ansatt, ansatte, arbeidstakere",
    "word.side.politikere": "politiker, politikerne",
    "word.stance.agreement": "enig, enige",
    "word.stance.disagreement": "uenig, uenige",
    "word.verdict.defend": "forsvar",
    "word.verdict.remove": "fjern",
    "word.verdict.amend": "endre",
    "word.verdict.merge": "slå sammen",
    "word.verdict.escalate": "send videre",
    "word.verdict.defer": "utsett",
    "word.state.granted": "innvilg, ja",
    "word.state.rejected": "avslå, nei",
    "prompt.gave_up": "Ikke noe gyldig svar på '{label}'; ingenting er lagret.",
    "prompt.yes_no_default_yes": "[J/n]",
    "prompt.yes_no_default_no": "[j/N]",
    "prompt.yes_letters": "jy",
    # felter
    "f.field": "Felt",
    "f.value": "Verdi",
    "f.id": "Id",
    "f.title": "Tittel",
    "f.kind": "Type",
    "f.status": "Status",
    "f.owner": "Eier",
    "f.legal_basis": "Hjemmel",
    "f.floor": "Minstekrav",
    "f.adopted": "Vedtatt",
    "f.applies_to": "Gjelder for",
    "f.premises": "Premisser",
    "f.purpose": "Formål",
    "f.effect": "Effekt",
    "f.legal_certainty": "Rettssikkerhet",
    "f.burden": "Byrde",
    "f.hours_per_year": "Timer/år",
    "f.use": "Bruk av resultatet",
    "f.next_review": "Neste gjennomgang",
    "f.tags": "Emneord",
    "col.next_review": "Gjennomgås",
    "f.history": "Historikk",
    "show.not_documented": "ikke dokumentert",
    "show.burden_line": (
        "{minutes} min × {per_year} ganger i året × {people} personer = {hours} timer i året"
    ),
    "show.burden_unknown": "ukjent",
    # verdier
    "kind.rule": "regel",
    "kind.documentation": "dokumentasjon",
    "kind.registration": "registrering",
    "kind.reporting": "rapportering",
    "kind.approval": "godkjenning",
    "kind.measurement": "måling",
    "status.active": "gjeldende",
    "status.defended": "forsvart",
    "status.amended": "endret",
    "status.removed": "fjernet",
    "status.suspended": "suspendert (forsøk)",
    "status.escalated": "sendt videre",
    "event.created": "registrert",
    "event.edited": "rettet",
    "event.reviewed": "gjennomgått",
    "event.challenged": "utfordret",
    "event.escalated": "sendt videre",
    "event.decided": "avgjort",
    "event.imported": "importert",
    # skjema
    "schema.title_config": "regelsyn: registerets innstillinger (regelsyn.yaml)",
    "schema.title_rule": "regelsyn: regel eller dokumentasjonskrav (rules/<id>.yaml)",
    "schema.written": "Skrev {path}",
    "schema.hint": (
        "Sett denne linjen øverst i en regelfil for å få hjelp i editoren:\n"
        "# yaml-language-server: $schema={path}"
    ),
    # gjennomgang
    "help.review": "Forsvar eller fjern: styringsgruppen går gjennom reglene én om gangen og treffer en avgjørelse for hver. 'regelsyn review [ID-er]' starter et møte; 'review list', 'review show' og 'review render' viser tidligere møter.",
    "help.review_run": (
        "Hold et gjennomgangsmøte. Uten ID-er tas de reglene med som skal gjennomgås (--due: "
        "datoen er nådd, eller de er aldri gjennomgått). Utkastet lagres etter hver avgjørelse; "
        "fortsett med --resume. Uten terminal: bruk --decisions FIL."
    ),
    "ex.review": 'Eksempel: [bold]regelsyn review --participant "Kari Berg:ledelse:leder" --participant "Ola Dahl:ansatte:tillitsvalgt" --participant "Eva Lie:politikere" --decided-by "Kari Berg (virksomhetsleder)"[/bold] · [bold]regelsyn review --decisions beslutninger.yaml[/bold]',
    "help.review_list": "Vis tidligere gjennomganger med antall avgjørelser og frigjorte timer.",
    "ex.review_list": "Eksempel: [bold]regelsyn review list[/bold]",
    "help.review_show": "Vis én gjennomgang: referatet (md), YAML eller JSON.",
    "ex.review_show": "Eksempel: [bold]regelsyn review show 2026-11-22[/bold]",
    "help.review_render": (
        "Lag referatet reviews/ID.md på nytt ut fra reviews/ID.yaml og malene. Filen er "
        "uendret hvis ingenting er endret."
    ),
    "ex.review_render": "Eksempel: [bold]regelsyn review render 2026-11-22[/bold]",
    "help.template": "Se de innebygde malene, og kopier en til registeret for å tilpasse den.",
    "help.template_list": "Vis malene, og om registeret har sin egen utgave.",
    "ex.template_list": "Eksempel: [bold]regelsyn template list[/bold]",
    "help.template_export": (
        "Kopier en innebygd mal til registerets templates/, der den kan rettes. Registerets "
        "utgave brukes deretter i stedet for den innebygde."
    ),
    "ex.template_export": "Eksempel: [bold]regelsyn template export review.md.j2[/bold]",
    "opt.review_ids": "Reglene som skal gjennomgås (ellers de som skal gjennomgås nå).",
    "opt.review_due": (
        "Bare regler der tidspunktet for gjennomgang er nådd, eller som aldri er gjennomgått "
        "(standard)."
    ),
    "opt.review_all": "Alle regler som ikke er fjernet.",
    "opt.review_date": "Møtets dato (ÅÅÅÅ-MM-DD; standard: i dag).",
    "opt.participant": "Deltaker som 'Navn:side[:rolle]'; side er ledelse, ansatte eller politikere, rolle f.eks. leder, nestleder, tillitsvalgt eller verneombud. Kan gjentas.",
    "opt.decided_by": "Den som har kompetanse til å treffe avgjørelsen, f.eks. 'Kari Berg (virksomhetsleder)'.",
    "opt.decisions": "Bruk avgjørelsene i denne YAML-filen (alt eller ingenting).",
    "opt.resume": "Fortsett det åpne møtet fra utkastet.",
    "opt.abandon": "Forkast utkastet til det åpne møtet.",
    "opt.yes": "Ikke spør først (for --abandon uten terminal).",
    "opt.review_id": "Gjennomgangens id (f.eks. 2026-11-22, eller 2026-11 hvis det bare var ett møte i november).",
    "opt.template_name": "Malens navn, f.eks. review.md.j2.",
    "opt.force": "Overskriv registerets egen utgave.",
    "err.bad_participant": (
        "'{value}' er ikke en deltaker. Skriv 'Navn:side' eller 'Navn:side:rolle', der side er "
        "en av: {sides}."
    ),
    "err.no_decisions_file": "Filen {path} finnes ikke.",
    "err.no_such_review": "Det finnes ingen gjennomgang med id '{id}'.",
    "hint.review_list": "Se dem med 'regelsyn review list'.",
    "err.record_exists": "{path} finnes allerede; regelsyn overskriver den ikke.",
    "err.record_too_big": "{path} ville blitt på {size} byte, men en registerfil kan være på høyst {limit} byte ('regelsyn check' ville avvist den); ingenting er skrevet. Gjør de lange tekstene kortere.",
    "err.due_and_all": "Velg enten --due eller --all, ikke begge.",
    "err.open_session": (
        "Det finnes et åpent møte ({path}). Fortsett det med 'regelsyn review --resume', eller "
        "forkast det med 'regelsyn review --abandon'."
    ),
    "err.no_open_session": "Det finnes ikke noe åpent møte å fortsette.",
    "err.review_no_terminal": (
        "Det finnes ingen terminal å holde møtet i. Skriv avgjørelsene i en fil og kjør "
        "'regelsyn review --decisions FIL' (formatet står i README)."
    ),
    "err.draft_rules_gone": (
        "Utkastet nevner regler som ikke lenger finnes: {ids}. Forkast utkastet med "
        "'regelsyn review --abandon'."
    ),
    "err.no_such_template": "Det finnes ingen innebygd mal '{name}'. Malene er: {names}.",
    "err.template_exists": "{path} finnes allerede. Bruk --force for å overskrive den.",
    "review.note_merged": "Slått sammen med {into}.",
    "review.nothing_due": "Ingen regler skal gjennomgås nå. Bruk --all eller oppgi ID-er.",
    "review.resuming": "Fortsetter møtet: {done} av {total} regler er avgjort.",
    "review.all_decided": "Alle reglene er gjennomgått ({count} avgjørelser).",
    "review.confirm_save": "Lagre gjennomgangen, oppdatere reglene og skrive referatet nå?",
    "review.kept_draft": (
        "Ingenting er lagret ennå; utkastet er beholdt. Fortsett med 'regelsyn review --resume'."
    ),
    "review.interrupted": "Møtet er avbrutt. Avgjørelsene så langt er lagret i utkastet; fortsett med 'regelsyn review --resume'.",
    "review.abandoned": "Utkastet til det åpne møtet er forkastet.",
    "review.confirm_abandon": "Forkaste det åpne møtet med {count} avgjørelse(r)? De kan ikke hentes tilbake.",
    "err.abandon_needs_yes": "Det åpne møtet har {count} avgjørelse(r). Legg til --yes for å forkaste det uten å bli spurt.",
    "review.recorded": "Gjennomgangen {id} er lagret med {count} avgjørelser. Referat: {path}",
    "review.case_opened": "Sak opprettet: {path}",
    "review.next": "Les gjennom referatet, og få det godkjent av leder og nestleder: {path}",
    "review.none": "Det finnes ingen gjennomganger ennå.",
    "review.rendered": "Referatet er skrevet: {path}",
    "review.render_unchanged": "Referatet er uendret: {path}",
    "template.own": "registerets egen",
    "template.builtin": "innebygd",
    "template.exported": "Malen er kopiert til {path}; rett den der.",
    # avgjørelser
    "check.d_unknown_rule": "det finnes ingen regel med id '{id}'",
    "check.d_not_dispensable": "'{verdict}' er ikke mulig: regelen hører under {level}, som ikke kan gi dispensasjon. Forsvar regelen, eller utsett den; går deres lokale praksis ut over kravet, så registrer den lokale delen som en egen regel med kravet som minstekrav",
    "check.d_not_own": "'{verdict}' er ikke mulig: regelen eies av {level}, ikke av arbeidsplassen. Send den videre (verdict: escalate) med en anbefaling: recommend: remove (fjern), amend (endre) eller trial (forsøk)",
    "check.d_is_own": "'{verdict}' er ikke mulig: arbeidsplassen eier regelen selv og avgjør den her: defend (forsvar), amend (endre), merge (slå sammen), remove (fjern) eller defer (utsett)",
    "check.d_no_floor": "reduce_to_floor (reduser til minstekravet) krever at regelen har et minstekrav (floor)",
    "check.d_defend_no_premise": "en regel kan bare forsvares med minst én dokumentert premiss: oppgi under premises formålet (purpose), effekten (effect) eller rettssikkerheten (legal_certainty)",
    "check.d_defend_no_effect": (
        "registerets policy krever dokumentert effekt for å forsvare en regel"
    ),
    "check.d_needs_text": "{verdict} krever den nye ordlyden (text)",
    "check.d_needs_into": "{verdict} krever regelen den slås sammen med (into)",
    "check.d_needs_recommend": "{verdict} krever en anbefaling: recommend: remove (fjern), amend (endre) eller trial (forsøk)",
    "check.d_needs_reason": "{verdict} krever en begrunnelse (reason)",
    "check.d_merge_self": "en regel kan ikke slås sammen med seg selv",
    "check.d_needs_minority": "ved uenighet må mindretallsmerknaden tas med (minority)",
    "check.d_no_participants": "møtets deltakere mangler (participants)",
    "check.d_no_decider": "den som treffer avgjørelsen, mangler (decided_by)",
    "check.d_duplicate": "regelen '{id}' har allerede en avgjørelse i denne filen",
    "check.d_needs_proposal": "en sak som sendes videre, krever styringsgruppens forslag til den som eier regelen (proposal)",
    "check.d_needs_trial": "et forsøk krever periode, sikkerhetstiltak og evaluering (under trial: start, end, purpose_kept, legal_certainty_kept, higher_rules_kept og evaluation)",
    "check.d_merge_into_removed": "regelen '{id}' er fjernet (eller fjernes på dette møtet); en regel kan ikke slås sammen med en fjernet regel",
    "check.d_removed": "regelen '{id}' er fjernet; en fjernet regel avgjøres ikke igjen (skal den tilbake, registreres den på nytt med regelsyn rule add)",
    "check.d_about": "{id} ({title})",
    # møte
    "meet.triage_title": "Reglene på sakslisten, sortert etter hva styringsgruppen kan gjøre",
    "meet.participants_intro": "Hvem deltar? Skriv én deltaker om gangen som Navn:side[:rolle] (side: ledelse, ansatte eller politikere). Tom linje når alle er med.",
    "meet.participant": "Deltaker {number}",
    "meet.decided_by": "Hvem har kompetanse til å treffe avgjørelsen? (f.eks. Kari Berg (virksomhetsleder))",
    "meet.rule_heading": "Regel {number} av {total}: {title}",
    "meet.group_own": (
        "Arbeidsplassen eier regelen selv og kan forsvare, endre, slå sammen eller fjerne den."
    ),
    "meet.group_floor": "Regelen er en lokal utvidelse av et høyere krav. Arbeidsplassen kan selv redusere den til minstekravet eller fjerne den lokale delen.",
    "meet.group_send_on": "Regelen eies høyere opp. Styringsgruppen kan forsvare den eller sende den videre med en anbefaling.",
    "meet.group_not_dispensable": "Regelen bygger på EØS-retten, som det ikke kan gis dispensasjon fra.",
    "meet.eu_hint": "Ingen premiss er dokumentert, men EØS-retten kan ikke fjernes herfra. Skriv inn formålet, eller utsett avgjørelsen.",
    "meet.premises_intro": "Er regelens premisser dokumentert? Skriv dokumentasjonen, trykk Enter for å bekrefte det som vises, eller skriv - for 'ikke dokumentert'. Bare det møtet skriver eller bekrefter, teller.",
    "meet.q_purpose": "Formål",
    "meet.q_effect": "Effekt",
    "meet.q_legal_certainty": "Rettssikkerhet",
    "meet.verdict": "Avgjørelse (nummer eller navn)",
    "meet.new_text": "Ny ordlyd",
    "meet.floor_text": "Ordlyd etter reduksjon til minstekravet",
    "meet.hours_after": "Timer i året etterpå, hvis kjent (kan utelates)",
    "meet.into": "Slå sammen med regel (id)",
    "meet.recommend": "Anbefaling til den som eier regelen",
    "meet.reason": "Hvorfor utsettes avgjørelsen?",
    "meet.grounds": "Begrunnelse (kan utelates)",
    "meet.stance": "Styringsgruppens standpunkt",
    "meet.minority": "Mindretallsmerknad",
    "meet.action_owner": "Hvem følger opp? (kan utelates)",
    "meet.action_due": "Frist for oppfølging ÅÅÅÅ-MM-DD",
    "meet.premises_again": "Svar på premissene igjen og dokumenter minst én, eller velg en annen avgjørelse.",
    "meet.problem": "Hva er problemet med regelen? (står i søknaden)",
    "meet.proposal": "Styringsgruppens forslag til den som eier regelen (ved en endring: den nye ordlyden)",
    "meet.trial_alternative": "Den lettere utgaven som prøves i stedet (Enter: regelen settes ut av kraft i perioden)",
    "meet.open_case": "Åpen sak om regelen: {id} – det bes om {request} ({state})",
    # referatet
    "log.generated": (
        "Laget av regelsyn ut fra reviews/{id}.yaml. Ikke rett i denne filen; kjør "
        "'regelsyn review render {id}'."
    ),
    "log.title": "Referat: forsvar eller fjern, {workplace}",
    "log.intro": "Styringsgruppen har gått gjennom arbeidsplassens egne regler og dokumentasjonskrav. En regel blir bare stående hvis den kan forsvares ut fra dokumentert formål, effekt eller innbyggernes rettssikkerhet. Regler som arbeidsplassen ikke eier selv, sendes videre til det nivået som kan endre dem.",
    "log.workplace": "Arbeidsplass",
    "log.committee": "Styringsgruppe",
    "log.date": "Dato",
    "log.decided_by": "Avgjørelsen treffes av",
    "log.participants": "Deltakere",
    "log.summary": "Kort fortalt",
    "log.verdict": "Avgjørelse",
    "log.count": "Antall",
    "log.freed": "Frigjort tid: {hours} timer i året.",
    "log.no_decisions": "Det ble ikke truffet noen avgjørelser.",
    "log.triage": "Reglene på sakslisten",
    "log.triage_intro": "Reglene er sortert etter hvem som kan endre dem.",
    "log.group": "Hvem kan endre den",
    "log.decisions": "Avgjørelsene",
    "log.recommend": "anbefaling: {what}",
    "log.merged_into": "slått sammen med `{into}`",
    "log.grounds": "Begrunnelse",
    "log.reason": "Hvorfor utsatt",
    "log.reason_other": "Begrunnelse",
    "log.new_text": "Ny ordlyd",
    "log.freed_one": "Frigjør {hours} timer i året.",
    "log.stance": "Styringsgruppens standpunkt",
    "log.minority": "mindretallsmerknad",
    "log.proposal": "Forslag til den som eier regelen",
    "log.action": "Oppfølging",
    "log.action_line": "{owner}, senest {due}",
    "log.escalations": "Sendt videre",
    "log.escalations_intro": "Disse reglene eies ikke av arbeidsplassen. Styringsgruppens anbefaling sendes til det nivået som eier dem; svaret registreres på saken.",
    "log.escalation_line": "sak {case}, anbefaling: {what}",
    "log.approval": "Godkjenning",
    "log.approval_intro": (
        "Referatet godkjennes av leder og nestleder og gjøres tilgjengelig for alle ansatte."
    ),
    "log.role": "Rolle",
    "log.name": "Navn",
    "log.signature": "Underskrift",
    "log.hours_freed": "Frigjort (timer/år)",
    "side.ledelse": "Ledelse",
    "side.medarbejdere": "Ansatte",
    "side.politikere": "Politikere",
    "role.formand": "leder",
    "role.naestformand": "nestleder",
    "role.tillidsrepraesentant": "tillitsvalgt",
    "role.amr": "verneombud",
    "verdict.defend": "forsvart",
    "verdict.amend": "endret",
    "verdict.reduce_to_floor": "redusert til minstekravet",
    "verdict.merge": "slått sammen",
    "verdict.remove": "fjernet",
    "verdict.escalate": "sendt videre",
    "verdict.defer": "utsatt",
    "recommend.remove": "fjern regelen",
    "recommend.amend": "endre regelen",
    "recommend.trial": "forsøk med dispensasjon",
    "stance.agreement": "enighet",
    "stance.disagreement": "uenighet",
    "group.own": "Egen kompetanse",
    "group.floor": "Lokal utvidelse av et høyere krav",
    "group.send_on": "Sendes videre",
    "group.not_dispensable": "Kan ikke dispenseres (EU)",
    # saker
    "case.generated": (
        "Laget av regelsyn ut fra cases/{id}.yaml. Ikke rett i denne filen; den skrives på "
        "nytt når saken endres."
    ),
    "case.title_challenge": "Utfordring",
    "case.title_escalation": "Sak",
    "case.request": "Det bes om",
    "case.status": "Status",
    "case.decides": "Avgjøres av",
    "case.none": "ingen (saken er avsluttet)",
    "app.title_remove": "Søknad om oppheving av en regel",
    "app.title_amend": "Søknad om endring av en regel",
    "app.title_trial": "Søknad om forsøk med dispensasjon",
    "app.to": "Til",
    "app.from": "Fra",
    "app.case": "Sak",
    "app.route": "Tjenestevei",
    "app.reply_by": "Svar ønskes innen",
    "app.no_deadline": "ingen frist oppgitt",
    "app.applicant_heading": "Hvem søker",
    "app.filed_by": "Saken er reist av {name} under utfordringsretten.",
    "app.filed_anonymous": "Saken er reist anonymt under utfordringsretten, via {via}.",
    "app.applicant": (
        "{committee} ved {workplace} sender saken videre til det nivået som eier regelen."
    ),
    "app.from_review": "Dette ble besluttet på gjennomgangen {review}.",
    "app.stance_agreement": "Styringsgruppen står samlet bak søknaden.",
    "app.stance_disagreement": "Styringsgruppen er ikke enig.",
    "app.rule_heading": "Regelen",
    "app.none": "ingen oppgitt",
    "app.problem_heading": "Problemet",
    "app.proposal_heading": "Forslaget",
    "app.proposal_remove": "Regelen oppheves.",
    "app.proposal_amend": "Regelen endres slik at den kan forsvares ut fra formålet sitt.",
    "app.proposal_trial": "Arbeidsplassen fritas fra regelen i forsøksperioden nedenfor.",
    "app.burden_heading": "Byrde og gevinst",
    "app.burden": "Regelen koster i dag {hours} timer i året.",
    "app.burden_unknown": "Regelens byrde er ikke beregnet.",
    "app.gain": "Forventet gevinst: {hours} timer i året.",
    "app.trial_heading": "Forsøket",
    "app.trial_period": "Forsøksperiode: {start} til {end}.",
    "app.alternative": "Dette prøves i stedet",
    "app.alternative_hours": "{hours} timer i året",
    "app.purpose_kept": "Formålet ivaretas",
    "app.legal_certainty_kept": "Innbyggernes rettssikkerhet svekkes ikke",
    "app.higher_rules_kept": "Høyere regler (herunder EØS-retten) settes ikke til side",
    "app.evaluation": "Evaluering",
    "app.result": "Evalueringens resultat",
    "app.reply_heading": "Svar",
    "app.reply_request": "Vi ber om deres svar innen {due}.",
    "app.reply_request_open": "Vi ber om deres svar.",
    "app.reply_how": "Svaret registreres på sak {id}.",
    "app.history_heading": "Saksforløp",
    "app.by": "Av",
    "app.note": "Merknad",
    "request.remove": "at regelen fjernes",
    "request.amend": "at regelen endres",
    "request.trial": "forsøk med dispensasjon",
    "state.submitted": "innsendt",
    "state.in_review": "under behandling",
    "state.granted": "innvilget",
    "state.partly": "delvis innvilget",
    "state.rejected": "avslått",
    "state.escalated": "sendt videre",
    "state.redirected": "henvist til et annet nivå",
    "state.no_answer": "ikke besvart",
    "state.trial_running": "forsøk pågår",
    "state.evaluated": "evaluert",
    "state.made_permanent": "gjort permanent",
    "state.reverted": "tilbakeført",
    "state.withdrawn": "trukket tilbake",
    "state.closed": "avsluttet",
    "err.no_such_case": "Det finnes ingen sak med id '{id}'.",
    "hint.challenge_list": "Se alle saker med 'regelsyn challenge list'.",
    "err.trial_needs_safeguards": (
        "Et forsøk krever start- og sluttdato, alle tre vilkårene og en plan for evaluering: "
        "--start, --end, --purpose-kept, --legal-certainty-kept, --higher-rules-kept og "
        "--evaluation."
    ),
    "err.trial_not_dispensable": (
        "Det kan ikke søkes om forsøk: regelen hører under {level}, som det ikke kan gis "
        "dispensasjon fra. Be i stedet om å få endret den lokale praksisen (--request amend), "
        "eller utfordre den lokale utvidelsen hvis deres praksis går ut over kravet."
    ),
    "err.escalate_not_dispensable": (
        "Regelen hører under {level}, som ikke kan gi dispensasjon, så det finnes ingen å "
        "sende saken til. Forsvar regelen, eller utfordre den lokale praksisen rundt den."
    ),
    "err.rule_removed": (
        "Regelen '{id}' er fjernet; det åpnes ingen sak om en fjernet regel. Skal den tilbake, "
        "registreres den på nytt med 'regelsyn rule add'."
    ),
    "err.review_removed": (
        "Regelen '{id}' er fjernet og tas ikke opp igjen. Skal den tilbake, registreres den på "
        "nytt med 'regelsyn rule add'."
    ),
    "err.escalate_own": (
        "Arbeidsplassen eier regelen '{id}' selv; den avgjøres lokalt (regelsyn review eller "
        "regelsyn challenge decide) og sendes ikke videre."
    ),
    "err.transition": (
        "En sak som er {current}, kan ikke bli {wanted}. Mulige neste steg: {allowed}."
    ),
    "err.decide_not_own": (
        "Regelen eies av {level}, så arbeidsplassen kan ikke innvilge saken selv. Send den "
        "videre med 'regelsyn escalate {id}'."
    ),
    "import.status_new": "en ny regel begynner som 'active'; status '{status}' settes av en gjennomgang eller en sak, ikke av et regneark",
    "err.status_by_review": "Status på regelen '{id}' endres ikke for hånd: den endres av en gjennomgang (regelsyn review) eller av en sak (regelsyn challenge, regelsyn case reply).",
    "hint.status_by_review": "Ta regelen opp på neste møte, eller bruk utfordringsretten: regelsyn challenge new --rule ID.",
    "err.trial_not_started": "Forsøket i saken {id} begynner først {start}; det kan ikke evalueres, gjøres permanent eller rulles tilbake før da.",
    "err.trial_over": "Forsøksperioden i saken {id} sluttet {end}; et forsøk kan ikke innvilges i etterkant. Send inn et nytt med en ny periode.",
    "check.case_unknown_rule": "saken nevner regelen '{id}', som ikke finnes",
    "check.case_named_anonymous": (
        "saken er anonym, men nevner den som har sendt den inn; slett navnet"
    ),
    "check.ref_missing": "historikken viser til {ref}, som ikke finnes; hent filen tilbake fra git, eller kjør 'regelsyn check' etter en avbrutt kommando",
    "check.status_unbacked": "status '{status}' er ikke satt av en gjennomgang eller en sak; status endres bare av regelsyn review eller en sak (sett den tilbake, eller ta regelen opp på et møte)",
    "check.owner_changed": "regelens eier er endret siden siste gjennomgang; ta regelen opp på et møte, slik at styringsgruppen ser hvem som nå kan endre den",
    # control and hidden characters in record text
    "check.hidden_characters": "feltet inneholder et skjult tegn eller et styretegn ({char}) som kan få teksten til å se annerledes ut enn den er; slett tegnet, eller skriv teksten på nytt",
    "check.case_reply_overdue": "svarfristen var {date} ({days} dager siden); purr på svar, eller registrer med 'regelsyn case reply' at saken ikke ble besvart",
    "check.case_trial_ended": (
        "forsøket sluttet {date} og skal evalueres: regelsyn challenge evaluate"
    ),
    # utfordring, sende videre, sak, innboks
    "help.challenge": (
        "Utfordringsretten: enhver ansatt kan utfordre en regel og be om å få den fjernet, "
        "endret eller satt ut av kraft i et forsøk."
    ),
    "ex.challenge": (
        "Eksempel: [bold]regelsyn challenge new --rule ugentlig-vejning --request remove "
        '--problem "Vekten brukes ikke" --anonymous --via "Carla Nielsen (tillitsvalgt)"[/bold]'
    ),
    "help.challenge_new": (
        "Send inn en utfordring, med navn eller anonymt via en representant. Uten flagg spør "
        "regelsyn. Et forsøk krever periode, alle tre vilkårene og en evalueringsplan."
    ),
    "ex.challenge_new": (
        "Eksempel: [bold]regelsyn challenge new --rule koeletemperatur-log --request trial "
        '--problem "To daglige målinger gir ingenting ekstra" --filed-by "Dorte Bak" --start '
        '2027-01-01 --end 2027-06-30 --purpose-kept "Én daglig måling" --legal-certainty-kept '
        '"Ingen rettigheter for innbyggerne berøres" --higher-rules-kept "Internkontrollen '
        'følges" --evaluation "Kjøkkenlederen går gjennom avvik i juli"[/bold]'
    ),
    "help.challenge_list": "Vis sakene; filtrer på status eller på dem med overskredet svarfrist.",
    "ex.challenge_list": "Eksempel: [bold]regelsyn challenge list --overdue --format csv[/bold]",
    "help.challenge_show": "Vis én sak: dokumentet (md), YAML eller JSON.",
    "ex.challenge_show": (
        "Eksempel: [bold]regelsyn challenge show U-2026-0001-ugentlig-vejning-k3f9[/bold]"
    ),
    "help.challenge_decide": "Treff avgjørelse i en sak som arbeidsplassen selv har kompetanse til å avgjøre (se --outcome). Et innvilget forsøk suspenderer regelen fram til forsøkets sluttdato.",
    "ex.challenge_decide": 'Eksempel: [bold]regelsyn challenge decide U-2026-0001-ugentlig-vejning-k3f9 --outcome innvilget --reasons "Veiingen brukes ikke" --by "Kari Berg (virksomhetsleder)"[/bold]',
    "help.challenge_evaluate": (
        "Evaluer et forsøk når det er slutt: gjør det permanent (regelen fjernes), eller før "
        "regelen tilbake."
    ),
    "ex.challenge_evaluate": (
        "Eksempel: [bold]regelsyn challenge evaluate U-2027-0002-koeletemperatur-log-m4p8 "
        '--result "Ingen avvik i perioden" --outcome made_permanent[/bold]'
    ),
    "help.escalate": (
        "Send en sak videre til det nivået som eier regelen (ID er en sak eller en regel; en "
        "regel får en ny sak). Skriver søknaden cases/ID.md med svarfrist."
    ),
    "ex.escalate": (
        "Eksempel: [bold]regelsyn escalate besoeg-klokkeslaet --recommend remove --problem "
        '"Klokkeslettene brukes ikke"[/bold] · [bold]regelsyn escalate '
        "U-2026-0003-vagtplan-q2w7[/bold]"
    ),
    "help.case": "Registrer svaret på en sak som er sendt videre, og se en saks historikk.",
    "help.case_reply": "Registrer svaret fra det nivået saken er sendt til (se --outcome). Regelen og saksdokumentet oppdateres.",
    "ex.case_reply": (
        "Eksempel: [bold]regelsyn case reply E-2026-0001-besoeg-klokkeslaet-k3f9 --outcome "
        'granted --date 2026-12-15 --note "Forvaltningen opphever kravet"[/bold]'
    ),
    "help.case_render": "Skriv saksdokumentet cases/ID.md på nytt.",
    "ex.case_render": (
        "Eksempel: [bold]regelsyn case render E-2026-0001-besoeg-klokkeslaet-k3f9[/bold]"
    ),
    "help.inbox": (
        "Se alle åpne saker som mange arbeidsplasser har sendt til ett nivå (f.eks. en "
        "forvaltning). REGISTRY er mapper, mønstre som '../*/' eller git-adresser."
    ),
    "ex.inbox": (
        "Eksempel: [bold]regelsyn inbox --level forvaltning '../*/' --render indbakke.md[/bold]"
    ),
    "opt.case_id": "Sakens id, f.eks. U-2026-0007-vejning-k3f9, eller bare nummeret: U-2026-0007, 2026-7 eller 7.",
    "opt.by": "Hvem som gjør det (navn og tittel).",
    "opt.case_date": "Dato (ÅÅÅÅ-MM-DD; standard: i dag).",
    "opt.c_rule": "Regelen som utfordres (id; med en terminal også ord fra tittelen).",
    "opt.c_unregistered": "En regel som ikke er i registeret ennå (tittel); den blir registrert.",
    "opt.c_owner_level": (
        "Med --unregistered: det nivået som eier regelen (standard: arbeidsplassen)."
    ),
    "opt.c_request": "Hva det bes om.",
    "opt.c_problem": "Problemet med regelen, slik den som utfordrer ser det.",
    "opt.c_proposal": "Forslaget.",
    "opt.c_gain": "Forventet gevinst i timer i året.",
    "opt.c_filed_by": "Navnet på den som utfordrer.",
    "opt.c_anonymous": "Anonymt: ingen navn lagres noe sted (krever --via).",
    "opt.c_via": "Representanten (f.eks. den tillitsvalgte) som en anonym sak går gjennom.",
    "opt.c_start": "Forsøkets start (ÅÅÅÅ-MM-DD).",
    "opt.c_end": "Forsøkets slutt (ÅÅÅÅ-MM-DD).",
    "opt.c_purpose_kept": "Hvordan regelens formål ivaretas under forsøket",
    "opt.c_legal_certainty_kept": "Hvorfor innbyggernes rettssikkerhet ikke svekkes",
    "opt.c_higher_rules_kept": "Hvilke høyere regler (også EØS-retten) som fortsatt overholdes",
    "opt.c_evaluation": "Hvordan og når forsøket evalueres",
    "opt.c_alternative": "Den lettere utgaven som prøves i regelens sted (uten: regelen settes ut av kraft).",
    "opt.c_status": "Bare saker med denne statusen (f.eks. sendt videre).",
    "opt.c_overdue": "Bare saker der svarfristen er overskredet.",
    "opt.c_outcome": "Avgjørelsen.",
    "opt.c_reasons": "Begrunnelsen.",
    "opt.c_result": "Evalueringens resultat.",
    "opt.c_eval_outcome": (
        "made_permanent (regelen fjernes) eller reverted (regelen gjelder igjen)."
    ),
    "opt.escalate_id": "En sak (U-/E-…) eller en regel (id).",
    "opt.recommend": "Hva styringsgruppen anbefaler.",
    "opt.escalate_to": "Send til et annet nivå enn regelens eier (etter en henvisning).",
    "opt.stance": "Styringsgruppens standpunkt.",
    "opt.minority": "Mindretallets merknad (kreves ved uenighet).",
    "opt.reply_outcome": "Svaret.",
    "opt.reply_note": "Hva svaret sier.",
    "opt.inbox_registries": "Registre: mapper, mønstre som '../*/' eller git-adresser.",
    "opt.inbox_level": "Nivåets id, f.eks. forvaltning.",
    "opt.inbox_render": "Skriv også en oversikt i Markdown til denne filen.",
    "err.rule_or_unregistered": "Oppgi enten --rule eller --unregistered, ikke begge.",
    "err.anonymous_and_named": (
        "En anonym sak kan ikke ha et navn: bruk enten --filed-by eller --anonymous --via."
    ),
    "err.via_only_anonymous": "--via brukes bare ved anonyme saker (--anonymous).",
    "err.anonymous_needs_via": "En anonym sak går gjennom en representant: oppgi --via NAVN.",
    "err.trial_flags_without_trial": (
        "Forsøksopplysningene (--start, --end, vilkårene) hører bare til --request trial."
    ),
    "err.trial_missing": (
        "Et forsøk mangler: {flags}. Alle tre vilkårene og en evalueringsplan må være med."
    ),
    "err.trial_dates": "Forsøkets sluttdato må ligge etter startdatoen.",
    "err.trial_via_challenge": (
        "Et forsøk krever vilkår og en evalueringsplan: send det inn med 'regelsyn challenge "
        "new --request trial …', og send saken videre etterpå."
    ),
    "err.reply_not_escalated": (
        "Saken {id} er '{state}', ikke sendt videre, så det finnes ikke noe svar å registrere. "
        "Mulige neste steg: {allowed}."
    ),
    "err.minority_needed": "Ved --stance uenighet må mindretallets merknad være med: --minority.",
    "err.to_needs_case": "--to brukes til å sende en eksisterende sak til et annet nivå.",
    "err.bad_state": "'{state}' er ikke en status. Mulige: {states}.",
    "err.git_missing": "git er ikke installert på denne maskinen",
    "err.clone_failed": "{url} kunne ikke hentes med git: {reason}",
    "challenge.rule_created": "Regelen '{id}' var ikke registrert; den er opprettet.",
    "challenge.filed": "Utfordringen {id} er registrert ({path}).",
    "challenge.next_local": (
        "Arbeidsplassen eier regelen selv. Avgjør saken med 'regelsyn challenge decide {id} "
        "--outcome …', eller ta den med på neste gjennomgang."
    ),
    "challenge.next_escalate": (
        "Regelen eies høyere opp. Send saken videre med 'regelsyn escalate {id}'."
    ),
    "challenge.none": "Det finnes ingen saker.",
    "challenge.q_rule_help": "Hvilken regel? Skriv id-en eller noen ord fra tittelen.",
    "challenge.q_rule": "Regel",
    "challenge.q_request": "Hva ber du om",
    "challenge.q_problem": "Hva er problemet med regelen",
    "challenge.q_proposal": "Forslaget ditt (kan utelates)",
    "challenge.q_gain": "Forventet gevinst i timer i året (kan utelates)",
    "challenge.q_anonymous": "Skal saken være anonym (via en representant)?",
    "challenge.q_via": "Hvilken representant går saken gjennom",
    "challenge.q_filed_by": "Navnet ditt",
    "challenge.q_start": "Forsøkets start ÅÅÅÅ-MM-DD",
    "challenge.q_end": "Forsøkets slutt ÅÅÅÅ-MM-DD",
    "escalate.sent": "Saken {id} er sendt videre til {level}.",
    "escalate.next": "Send søknaden {path} til mottakeren. Svarfrist: {due}.",
    "case.moved": "Saken {id} er nå: {state}.",
    "case.settled_by_review": "Regelen er fjernet ved gjennomgangen {review}.",
    "case.settled_by_case": "Regelen er fjernet ved saken {id}.",
    "case.rendered": "Saksdokumentet er skrevet: {path}",
    "inbox.workplace": "Arbeidsplass",
    "inbox.days": "Dager",
    "inbox.overdue": "(overskredet)",
    "inbox.generated": "Laget av regelsyn inbox. Ikke rett i denne filen.",
    "inbox.title": "Innboks for {level}",
    "inbox.intro": "{count} åpne saker venter på svar per {today}, den eldste fristen først.",
    "inbox.none": "Ingen åpne saker.",
    "inbox.empty": "Ingen åpne saker til {level}.",
    "inbox.stale_copy": "{url} kunne ikke hentes ({reason}); den sist hentede kopien brukes.",
    "inbox.unreadable": (
        "{path} kunne ikke leses som register og er hoppet over; kjør 'regelsyn -C {path} check'."
    ),
    "inbox.skipped": "{path}: {count} saksfil(er) kunne ikke leses og er hoppet over.",
    "inbox.rendered": "Oversikten er skrevet: {path}",
    # rapport, frister
    "help.report": (
        "Byrderapporten: hva reglene koster i timer i året, hva gjennomgangene har frigjort, "
        "trakten fra utfordret til avgjort, de tyngste reglene, målinger ingen bruker, "
        "overskredne gjennomganger og åpne saker. Markdown med diagrammer, eller JSON."
    ),
    "ex.report": (
        "Eksempel: [bold]regelsyn report --out rapport.md[/bold] · "
        "[bold]regelsyn report --since 2026-01-01 --format json[/bold]"
    ),
    "help.due": (
        "Vis reglene som snart skal gjennomgås, den tidligste først (aldri gjennomgåtte øverst)."
    ),
    "ex.due": (
        "Eksempel: [bold]regelsyn due --within 6m[/bold] · [bold]regelsyn due --format csv[/bold]"
    ),
    "opt.report_format": "Format: md eller json.",
    "opt.out": "Skriv til denne filen i stedet for skjermen.",
    "opt.since": "Frigjort tid og trakt regnes fra denne datoen (ÅÅÅÅ-MM-DD).",
    "opt.within": "Hvor langt fram: f.eks. 90d, 12w eller 6m (dager, uker, måneder).",
    "err.bad_within": "'{value}' er ikke en periode. Skriv f.eks. 90d, 12w eller 6m.",
    "report.generated": "Laget av regelsyn report. Ikke rett i denne filen.",
    "report.title": "Byrderapport: {workplace}",
    "report.intro": "Beregnet {today}.",
    "report.since": "Frigjort tid og trakt regnes fra {since}.",
    "report.burden": "Byrden",
    "report.remaining": "Igjen (gjeldende, forsvarte, endrede og sendt videre)",
    "report.suspended": "Satt i bero under forsøk",
    "report.freed_removed": "Frigjort ved å fjerne regler",
    "report.freed_simplified": "Frigjort ved å endre og forenkle regler",
    "report.freed_total": "Frigjort i alt",
    "report.unknown_burden": "{count} regler har ukjent byrde og telles ikke med.",
    "report.chart_owner": "Byrde per eier (timer i året)",
    "report.chart_reviews": "Frigjort tid per gjennomgang",
    "report.hours_axis": "Timer i året",
    "report.funnel": "Fra utfordring til avgjørelse",
    "report.count": "Antall",
    "report.rules": "Reglene",
    "report.rules_intro": (
        "Registeret har {count} regler. Timer i året omfatter ikke fjernede regler."
    ),
    "report.heaviest": "De ti tyngste reglene",
    "report.unused": "Målinger og rapporteringer som ingen bruker",
    "report.unused_intro": (
        "Måling og rapportering skal brukes: uten en registrert bruker av resultatet er tiden "
        "bortkastet."
    ),
    "report.unused_total": "I alt {hours} timer i året.",
    "report.overdue": "Gjennomganger som er overskredet",
    "report.days_overdue": "Dager over",
    "report.cases": "Åpne saker",
    "report.none": "Ingen.",
    "report.written": "Rapporten er skrevet: {path}",
    "funnel.challenged": "Utfordret",
    "funnel.reviewed": "Gjennomgått",
    "funnel.removed_or_simplified": "Fjernet eller forenklet",
    "funnel.kept": "Beholdt",
    "funnel.sent_on": "Sendt videre",
    "funnel.waiting": "Venter på svar",
    # import, eksport
    "help.import": (
        "Opprett regler ut fra et regneark (CSV eller XLSX). Kolonneoverskrifter gjenkjennes på "
        "dansk, norsk og engelsk; --mapping klarer resten. Ingenting skrives hvis en rad er feil "
        "(med mindre --skip-invalid). Samme ark igjen oppdaterer reglene i stedet for å lage "
        "dem to ganger."
    ),
    "ex.import": (
        "Eksempel: [bold]regelsyn import regler.csv --dry-run[/bold] · "
        "[bold]regelsyn import regler.xlsx --mapping kolonner.yaml[/bold]"
    ),
    "help.export": (
        "Skriv alle regler som regneark (CSV med semikolon for norsk og dansk Excel, eller XLSX) "
        "eller JSON. Arket kan rettes og importeres igjen."
    ),
    "ex.export": (
        "Eksempel: [bold]regelsyn export --format xlsx --out regler.xlsx[/bold] · "
        "[bold]regelsyn export > regler.csv[/bold]"
    ),
    "opt.import_file": "Regnearket: .csv eller .xlsx.",
    "opt.mapping": "En YAML-fil med columns: {overskrift: felt} og defaults: {felt: verdi}.",
    "opt.sheet": "Arket i en XLSX-fil (standard: det første).",
    "opt.dry_run": "Vis hva som ville skje, uten å skrive noe.",
    "opt.skip_invalid": "Hopp over feil rader og importer resten.",
    "opt.export_format": "Format: csv, xlsx eller json.",
    "err.no_file": "Filen {path} finnes ikke.",
    "err.sheet_kind": "{path} er verken .csv eller .xlsx. Lagre regnearket som CSV eller XLSX.",
    "err.no_openpyxl": (
        "XLSX krever pakken openpyxl. Installer den med: {command} "
        "(eller lagre regnearket som CSV)."
    ),
    "err.bad_xlsx": "{path} kan ikke leses som XLSX: {reason}",
    "err.no_sheet": "Det finnes ikke noe ark '{sheet}'. Arkene er: {sheets}.",
    # spreadsheets past the limits of what is read
    "err.sheet_too_big": "{path} er på {size}; regelsyn leser regneark på høyst {limit}. Del arket opp i flere filer, og importer dem hver for seg.",
    "err.sheet_unpacked": "{path} er på {size} når det pakkes ut; regelsyn leser regneark på høyst {limit}. Del arket opp i flere filer, og importer dem hver for seg.",
    "err.sheet_rows": "Arket i {path} har flere enn {limit} rader; regelsyn leser høyst {limit}. Slett de tomme radene under reglene, eller del arket opp i flere filer.",
    "err.sheet_columns": "Arket i {path} går helt til kolonne {column}; regelsyn leser høyst {limit} kolonner. Slett de tomme kolonnene til høyre for reglene, eller kopier reglene over i et nytt ark.",
    "err.sheet_cells": "Arket i {path} har flere enn {limit} celler; det er for stort til å leses. Kopier reglene over i et nytt ark, eller del det opp i flere filer.",
    "err.sheet_cell": "Cellen {cell} i {path} inneholder {size} tegn; regelsyn leser høyst {limit} tegn i en celle. Gjør teksten kortere, og prøv igjen.",
    "err.sheet_cell_csv": "En celle på linje {line} i {path} er lengre enn de {limit} tegnene regelsyn leser i en celle. Gjør teksten kortere, og prøv igjen.",
    "err.bad_csv": "{path} kan ikke leses som CSV (linje {line}): {reason}. Lagre arket som CSV på nytt fra regnearket, og prøv igjen.",
    "import.too_big": "regelen ville bli på {size} byte, men en regelfil kan være på høyst {limit} byte; gjør de lange tekstene kortere",
    "err.bad_mapping": "Mapping-filen {path} kan ikke brukes: {reason}",
    "err.mapping_field": (
        "Mapping-filen {path} nevner feltet '{field}', som ikke finnes. Feltene er: {fields}."
    ),
    "err.two_columns": (
        "Både kolonnen '{first}' og '{second}' er feltet {field}; fjern den ene, eller bruk "
        "--mapping."
    ),
    "err.xlsx_needs_out": "XLSX skrives til en fil: angi --out FIL.xlsx.",
    "import.bad_level": "'{value}' er ikke et nivå. Nivåene er: {levels}",
    "import.bad_number": "'{value}' er ikke et tall",
    "import.bad_date": "'{value}' er ikke en dato; skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ",
    "import.bad_choice": "'{value}' er ikke tillatt; velg en av: {choices}",
    "import.empty": "Regnearket er tomt.",
    "import.no_title": (
        "Regnearket har ingen kolonne med tittelen (f.eks. 'Tittel' eller 'Title'). Bruk "
        "--mapping for å si hvilken kolonne som er tittelen."
    ),
    "import.duplicate_row": "samme regel som rad {other}",
    "import.missing_column": (
        "{message} (kolonnen mangler i arket; angi den, eller sett en standardverdi i --mapping "
        "under defaults)"
    ),
    "import.ignored_column": "Kolonnen '{header}' brukes ikke (se --mapping).",
    "import.refused": (
        "{count} feil i regnearket; ingenting er importert. Rett radene, eller bruk --skip-invalid."
    ),
    "import.would_create": "rad {row}: ville opprette {id}",
    "import.would_update": "rad {row}: ville oppdatere {id}",
    "import.would_unchanged": "rad {row}: {id} er uendret",
    "import.summary": (
        "Importert: {created} nye, {updated} oppdatert, {unchanged} uendret, {skipped} hoppet over."
    ),
    "import.dry_summary": (
        "Prøvekjøring: {created} nye, {updated} oppdatert, {unchanged} uendret, {skipped} med "
        "feil. Ingenting er skrevet."
    ),
    "export.written": "{count} regler skrevet til {path}",
    "sheet.id": "Id",
    "sheet.title": "Tittel",
    "sheet.kind": "Type",
    "sheet.text": "Tekst",
    "sheet.owner.level": "Eier",
    "sheet.owner.body": "Organ",
    "sheet.legal_basis": "Hjemmel",
    "sheet.floor": "Minstekrav",
    "sheet.adopted": "Vedtatt",
    "sheet.applies_to": "Gjelder for",
    "sheet.purpose": "Formål",
    "sheet.effect": "Effekt",
    "sheet.legal_certainty": "Rettssikkerhet",
    "sheet.burden.minutes": "Minutter",
    "sheet.burden.per_year": "Ganger i året",
    "sheet.burden.people": "Personer",
    "sheet.hours_per_year": "Timer i året",
    "sheet.use": "Bruk",
    "sheet.status": "Status",
    "sheet.next_review": "Neste gjennomgang",
    "sheet.tags": "Emneord",
    # cache
    "cache.rebuilt": "Hurtigbufferen {path} var skadet eller fra en annen versjon og er bygget opp på nytt.",
    "tx.review": "gjennomgangen {id}",
    "tx.case": "saken {id} ({state})",
    "tx.challenge": "utfordringen av '{rule}'",
    "tx.import": "importen fra {source}",
    "tx.edit": "endringen av regelen {id}",
    "tx.escalate": "saken om '{rule}' som sendes videre",
    "tx.finished": "Et avbrutt steg er fullført: {what}. Alle filene er nå skrevet.",
    "tx.rolled_back": "Et avbrutt steg er rullet tilbake: {what}. Ingen av filene er endret; kjør kommandoen igjen.",
    "tx.stuck": "{path} kunne ikke fullføres; se over filen, og kjør 'regelsyn check'.",
    "tx.disk_full": "Disken er full, så {what} kunne ikke skrives.",
    "tx.no_permission": "regelsyn har ikke lov til å skrive {path}, så {what} kunne ikke skrives.",
    "tx.failed": "regelsyn kunne ikke skrive {what}. {reason}",
    "tx.nothing_changed": "Ingenting er endret. Rett årsaken (frigjør plass, eller få skrivetilgang til mappen), og kjør kommandoen igjen.",
    "tx.finish_later": "Alt {what} skulle skrive, er lagret i registerets journal og skrives ferdig neste gang du kjører en regelsyn-kommando her (f.eks. 'regelsyn check'), når årsaken er rettet.",
    "review.already_recorded": "Møtet er allerede lagret som gjennomgangen {id}; ingenting er skrevet på nytt. Referat: {path}",
    "cache.unusable": "Hurtigbufferen {path} kunne ikke brukes ({reason}); filene leses direkte i stedet.",
    "err.review_locked": "Et annet møte pågår i dette registeret (prosess {pid} på {host}). Vent til det er ferdig, eller avslutt det der.",
    # feil på kommandolinjen (typer/click sine egne, sagt på nytt)
    "usage.help_hint": "Se '{command}' for hjelp.",
    "usage.no_such_option": "ukjent flagg {name}",
    "usage.or": "eller",
    "usage.did_you_mean": "Mente du {names}?",
    "usage.missing_argument": "{name} mangler; skriv det etter kommandoen",
    "usage.missing_option": "{name} mangler og må oppgis",
    "usage.bad_value": "{name}: {reason}",
    "usage.not_a_choice": "'{value}' er ikke et av valgene: {choices}",
    "usage.not_whole_number": "'{value}' er ikke et heltall",
    "usage.not_number": "'{value}' er ikke et tall",
    "usage.not_yes_no": "'{value}' er verken ja eller nei",
    "usage.needs_value": "{name} må etterfølges av en verdi",
    "usage.no_such_command": "ukjent kommando '{name}'",
    "usage.extra_arguments": "for mange argumenter: {args}",
    "usage.missing_command": "det mangler en kommando",
    # typers hjelpeskjermer
    "help.usage": "Bruk:",
    "help.options_metavar": "[FLAGG]",
    "help.command_metavar": "KOMMANDO [ARGUMENTER]...",
    "help.text_metavar": "TEKST",
    "help.whole_number_metavar": "HELTALL",
    "help.number_metavar": "TALL",
    "meta.date": "DATO",
    "meta.dir": "MAPPE",
    "meta.file": "FIL",
    "meta.file_md": "FIL.md",
    "meta.group": "GRUPPE",
    "meta.id": "ID",
    "meta.level": "NIVÅ",
    "meta.map": "KOBLING.yaml",
    "meta.n": "TALL",
    "meta.name": "NAVN",
    "meta.participant": "NAVN:SIDE[:ROLLE]",
    "meta.registries": "REGISTER...",
    "meta.tag": "EMNEORD",
    "meta.title": "TITTEL",
    "meta.ids": "[ID-ER]...",
    "meta.registries_opt": "[REGISTER]...",
    "meta.author": '"NAVN <E-POST>"',
    "help.help_option": "Vis denne hjelpen og avslutt.",
    "help.arguments": "Argumenter",
    "help.options": "Flagg",
    "help.commands": "Kommandoer",
    "help.default": "[standard: {}]",
    "help.required": "[må oppgis]",
    # measurements and learning
    "check.use_undocumented": "det er ikke beskrevet hvem som bruker resultatet og til hva; skriv det i 'use' (med tiden det tar å bruke det), eller vurder å fjerne målingen",
    "report.measurements": "Målinger: tid til å måle og tid til å bruke resultatet",
    "report.measurements_intro": "Målinger, registreringer og rapporteringer. Anbefalingen er at høyst {recommended} % av tiden går til å måle, og resten til å bruke resultatet: å reflektere, lære og endre praksis. Målinger som ingen bruker, står først.",
    "report.hours_measuring": "Timer/år å måle",
    "report.hours_using": "Timer/år å bruke",
    "report.share_measuring": "Andel å måle",
    "report.nobody_uses": "– ingen bruker resultatet",
    "report.percent": "{value} %",
    "report.balance_total": "Samlet går {share} % av tiden til å måle ({measuring} timer i året) og resten til å bruke resultatet ({using} timer i året). Anbefalt: {recommended} % å måle, resten å bruke.",
    "report.unused_measurements": "Målinger som ingen bruker: {count}. De koster {hours} timer i året.",
    "report.balance_unknown": "Målinger som ikke teller med i andelen, fordi tiden til å måle eller til å bruke resultatet ikke er beregnet: {count}.",
    "report.chart_balance": "Andel av tiden brukt på å måle (anbefalt: {recommended} %)",
    "report.share_axis": "Prosent",
    "f.use_time": "Tid til å bruke resultatet",
    "f.balance": "Måle / bruke",
    "show.balance_line": "{share} % av tiden går til å måle ({measuring} timer i året mot {using} til å bruke resultatet); anbefalt: høyst {recommended} %",
    "show.balance_unused": "ingen bruker resultatet: alle {hours} timer i året går til å måle",
    "show.balance_nobody": "ingen bruker resultatet",
    "show.balance_unknown": "ukjent: skriv tiden til å bruke resultatet i use (minutes, per_year, people)",
    "opt.use_minutes": "Minutter per gang til å bruke resultatet.",
    "opt.use_per_year": "Antall ganger i året per person resultatet brukes.",
    "opt.use_people": "Antall personer som bruker resultatet.",
    "sheet.use.minutes": "Bruk, minutter",
    "sheet.use.per_year": "Bruk, ganger i året",
    "sheet.use.people": "Bruk, personer",
    "meet.use_intro": "Hvem bruker resultatet av målingen, og hvor lang tid tar det? Enter beholder det som står; '-' betyr at ingen bruker det.",
    "meet.q_use": "Hvem bruker resultatet, og til hva",
    "meet.q_use_minutes": "Minutter per gang til å bruke resultatet",
    "meet.q_use_per_year": "Ganger i året per person",
    "meet.q_use_people": "Personer som bruker resultatet",
    "help.learn": "Se hva andre arbeidsplasser har gjort med sammenlignbare regler: fjernet, endret, skåret ned til minstekravet eller forsvart, og hva forsøkene deres viste. Sammenlignbar er en regel med samme id, samme hjemmel eller en lignende tittel. Registrene leses som i inbox; ingen navn på dem som har levert saker, vises.",
    "ex.learn": "Eksempel: [bold]regelsyn learn '../*/' --render erfaringer.md[/bold] · [bold]regelsyn learn --rule ugentlig-vejning '../*/'[/bold] · med learn_from i regelsyn.yaml: [bold]regelsyn learn --rule ugentlig-vejning[/bold]",
    "opt.learn_registries": "Registre: mapper, mønstre som '../*/' eller git-adresser (ellers learn_from i regelsyn.yaml).",
    "opt.learn_rule": "Bare regler som kan sammenlignes med denne regelen i dette registeret.",
    "opt.learn_render": "Skriv også en oversikt i Markdown til denne filen.",
    "err.learn_no_registries": "Nevn registrene det skal læres av (f.eks. '../*/'), eller skriv dem i learn_from i regelsyn.yaml.",
    "hint.learn_from": "I regelsyn.yaml: learn_from: ['../*/']",
    "learn.skipped": "{path}: {count} fil(er) kunne ikke leses og er hoppet over; kjør 'regelsyn -C {path} check'.",
    "learn.rendered": "Oversikten er skrevet: {path}",
    "learn.none": "Ingenting å lære ennå: ingen sammenlignbare regler er fjernet, endret, forsvart eller prøvd.",
    "learn.generated": "Generert av regelsyn learn. Ikke rediger denne filen.",
    "learn.title": "Hva andre arbeidsplasser har lært",
    "learn.intro": "{count} avgjørelser og forsøk fra {registries} registre, beregnet {today}. Regler med samme id, samme hjemmel eller en lignende tittel står samlet.",
    "learn.rule": "Regel",
    "learn.match": "Sammenlignet på",
    "learn.action": "Hva ble gjort",
    "learn.hours_before": "Timer/år før",
    "learn.hours_after": "Timer/år etter",
    "learn.hours_freed": "Frigjort",
    "learn.result": "Forsøkets resultat",
    "learn.match.id": "samme id",
    "learn.match.legal_basis": "samme hjemmel",
    "learn.match.title": "lignende tittel",
    "learn.action.removed": "fjernet",
    "learn.action.amended": "endret",
    "learn.action.reduced_to_floor": "skåret ned til minstekravet",
    "learn.action.defended": "forsvart",
    "learn.action.trial_made_permanent": "forsøk gjort permanent",
    "learn.action.trial_reverted": "forsøk rullet tilbake",
    "learn.action.trial_evaluated": "forsøk evaluert",
    "learn.places_one": "1 arbeidsplass",
    "learn.places_many": "{count} arbeidsplasser",
    "learn.other_places_one": "1 annen arbeidsplass",
    "learn.other_places_many": "{count} andre arbeidsplasser",
    "learn.did_removed": "fjernet på {places}",
    "learn.did_amended": "endret på {places}",
    "learn.did_reduced_to_floor": "skåret ned til minstekravet på {places}",
    "learn.did_defended": "forsvart på {places}",
    "learn.did_trial_made_permanent_one": "{count} forsøk gjort permanent",
    "learn.did_trial_made_permanent_many": "{count} forsøk gjort permanente",
    "learn.did_trial_reverted_one": "{count} forsøk rullet tilbake",
    "learn.did_trial_reverted_many": "{count} forsøk rullet tilbake",
    "learn.nothing_done": "et forsøk er evaluert, men ennå ikke avsluttet",
    "learn.review_line": "{line} (se 'regelsyn learn --rule {id}').",
    "learn.freed": "{hours} frigjort",
    # git
    "tx.write": "skrivingen av {path}",
    "tx.add": "den nye regelen {id}",
    "tx.render": "dokumentet {path}",
    "opt.no_commit": "Ikke lagre endringene i git-historikken (ellers committer regelsyn selv det den skriver).",
    "opt.author": 'Hvem endringene lagres under i git-historikken, som "Navn <e-post>" (ellers gits egen innstilling).',
    "git.no_identity": "git vet ikke hvem du er, så regelsyn kan ikke lagre endringen i historikken. Ingenting er skrevet.",
    "git.no_identity_hint": 'Fortell det én gang for alle:\n  git config --global user.name "Ditt Navn"\n  git config --global user.email "deg@eksempel.no"\neller for denne kommandoen: regelsyn --author "Ditt Navn <deg@eksempel.no>" …, eller ikke lagre i historikken: regelsyn --no-commit …',
    "git.bad_author": "--author '{author}' må skrives som \"Navn <e-post>\".",
    "git.busy": "git-repositoriet er midt i en {doing} som ikke er fullført; regelsyn skriver ingenting imens.",
    "git.busy_hint": "Fullfør den (eller avbryt den) i git, og kjør kommandoen igjen.",
    "git.not_committed": "Endringen er skrevet, men kunne ikke lagres i git-historikken: {reason}",
    "git.committed": "Lagret i historikken: {message}",
    "git.msg.review": "Gjennomgang {date}: {counts}",
    "git.msg.review_hours": "{message}; {hours} timer frigjort i året",
    "git.msg.nothing": "ingen avgjørelser",
    "git.msg.rule_added": "Ny regel: {title} ({id})",
    "git.msg.rule_edited": "Regel {id} endret: {fields}",
    "git.msg.kind.challenge": "Utfordring",
    "git.msg.kind.escalation": "Sak",
    "git.msg.case": "{kind} {id}: {state}",
    "git.msg.case_filed": "{kind} {id}: levert om '{title}'",
    "git.msg.case_new_rule": "{kind} {id}: levert om '{title}', som nå er registrert som regel",
    "git.msg.case_trial": "{kind} {id}: {state} (forsøk til {end})",
    "git.msg.case_sent": "{kind} {id}: sendt videre til {level} (svar senest {due})",
    "git.msg.import": "Import fra {source}: {created} nye regler, {updated} endret",
    "git.msg.review_render": "Referatet fra gjennomgangen {id} skrevet på nytt",
    "git.msg.case_render": "Dokumentet for saken {id} skrevet på nytt",
    "git.msg.template": "Malen {name} kopiert til templates/ for å bli tilpasset",
    "git.msg.init": "Register opprettet: {workplace}",
    "git.msg.approve": "Referatet fra gjennomgangen {id} godkjent av {role} {name}",
    "git.msg.agenda": "Saksliste til møtet {date}",
    "f.text": "Tekst",
    "f.owner.level": "Eier (nivå)",
    "f.owner.body": "Eier (organ)",
    "f.burden.minutes": "Byrde (minutter)",
    "f.burden.per_year": "Byrde (ganger i året)",
    "f.burden.people": "Byrde (personer)",
    "f.suspended_from": "Satt ut av kraft fra",
    "f.suspended_until": "Satt ut av kraft til",
    "help.rule_history": "Vis en regels historikk, den eldste først: hvem endret hva og når, både det regelsyn har skrevet og endringer gjort for hånd, med committen som lagret dem.",
    "ex.rule_history": "Eksempel: [bold]regelsyn rule history rengoering-log[/bold] · [bold]regelsyn rule history rengoering-log --format json[/bold]",
    "help.case_history": "Vis en saks historikk, den eldste først: hvert steg, hvem som tok det, og committen som lagret det.",
    "ex.case_history": "Eksempel: [bold]regelsyn case history U-2026-0007-ugentlig-vejning-k3f9[/bold]",
    "opt.history_format": "Vis som tabell eller JSON.",
    "history.none": "Det finnes ingen historikk ennå.",
    "history.col.date": "Dato",
    "history.col.who": "Hvem",
    "history.col.what": "Hva",
    "history.col.saved": "Lagret",
    "history.not_saved": "ikke lagret ennå",
    "history.outside": "endret utenom regelsyn",
    "history.layout": "bare kommentarer eller oppsett endret",
    "history.added": "lagt i git",
    "history.unreadable": "kunne ikke leses i denne versjonen",
    "history.by": "{what} av {by}",
    "history.fields": "Felter: {fields}",
    "help.sync": "Del registeret med kollegene: hent endringene deres, flett dem med dine, og send alt tilbake. Er den samme regelen endret begge steder, flettes den felt for felt; bare et felt dere begge har endret, må du velge mellom.",
    "ex.sync": "Eksempel: [bold]regelsyn sync[/bold] · [bold]regelsyn sync --theirs rules/rengoering-log.yaml[/bold]",
    "opt.ours": "Behold din versjon av denne filen hvis den er endret begge steder (en fil, eller en regels eller saks id; kan gjentas).",
    "opt.theirs": "Ta kollegaens versjon av denne filen hvis den er endret begge steder (kan gjentas).",
    "tx.sync_render": "dokumentene etter synkroniseringen",
    "git.msg.sync": "Synkronisert med {remote}: {what}",
    "git.msg.sync_rendered": "Dokumenter skrevet på nytt etter synkronisering: {files}",
    "sync.step.fetch": "Henter endringer fra {remote} …",
    "sync.step.merge": "Fletter dem med dine …",
    "sync.step.render": "Skriver referater og saksdokumenter på nytt …",
    "sync.step.push": "Sender til {remote} …",
    "sync.rules_new": "{n} nye regler",
    "sync.rules_new_one": "1 ny regel",
    "sync.rules_changed": "{n} regler endret",
    "sync.rules_changed_one": "1 regel endret",
    "sync.reviews_new": "{n} nye gjennomganger",
    "sync.reviews_new_one": "1 ny gjennomgang",
    "sync.cases_new": "{n} nye saker",
    "sync.cases_new_one": "1 ny sak",
    "sync.cases_answered": "{n} saker besvart",
    "sync.cases_answered_one": "1 sak besvart",
    "sync.cases_changed": "{n} saker oppdatert",
    "sync.cases_changed_one": "1 sak oppdatert",
    "sync.other": "{n} andre filer",
    "sync.other_one": "1 annen fil",
    "sync.received": "Fra {remote}: {what} (av {who}).",
    "sync.nothing_new": "Ingenting nytt fra {remote}.",
    "sync.sent": "{n} endringer sendt til {remote}.",
    "sync.sent_one": "1 endring sendt til {remote}.",
    "sync.merged": "Endret begge steder, men i ulike felter, og derfor flettet uten å spørre: {files}",
    "sync.rendered": "Skrevet på nytt ut fra de flettede sakene og gjennomgangene: {files}",
    "sync.conflict": "{path} er endret både her og av en kollega:",
    "sync.gone_ours": "slettet her, endret av kollegaen",
    "sync.gone_theirs": "endret her, slettet av kollegaen",
    "sync.whole_file": "filen kan ikke flettes linje for linje",
    "sync.side.ours": "din versjon (her)",
    "sync.side.theirs": "kollegaens versjon",
    "sync.choose": "Hvilken versjon skal gjelde for {path}",
    "sync.resolved": "{path}: {side} gjelder.",
    "sync.no_git": "Registeret er ikke et git-repository, så det er ingenting å synkronisere.",
    "sync.detached": "git står ikke på en gren, så regelsyn vet ikke hva som skal sendes.",
    "sync.no_remote": "Registeret har ingen felles kopi å synkronisere med.",
    "sync.no_remote_hint": "Få adressen til den felles kopien av den som opprettet den, og kjør én gang: git remote add origin ADRESSE",
    "sync.fetch_failed": "{remote} kunne ikke nås: {reason}",
    "sync.nothing_changed": "Ingenting er endret her. Prøv igjen når det er forbindelse.",
    "sync.push_failed": "Kollegenes endringer er hentet og flettet her, men dine kunne ikke sendes til {remote}: {reason}",
    "sync.again": "Kjør 'regelsyn sync' igjen litt senere.",
    "sync.raced": "{remote} fortsatte å endre seg under synkroniseringen.",
    "sync.unrelated": "Den felles kopien i {remote} har en helt annen historikk enn dette registeret; regelsyn fletter dem ikke.",
    "sync.dirty": "Disse filene er endret her uten å være lagret i historikken, og kollegenes endringer ville skrive over dem: {files}",
    "sync.dirty_hint": "Ingenting er endret. Lagre endringene i historikken (git commit) eller angre dem, og kjør 'regelsyn sync' igjen.",
    "check.material_changed": "regelen er endret siden gjennomgangen {review} forsvarte den ({fields}); forsvaret gjaldt den tidligere versjonen, så den må gjennomgås igjen",
    "sync.not_moved": "Kollegenes endringer kunne ikke legges inn her: {reason}",
    "init.comment.git": "regelsyn lagrer selv endringene sine i git-historikken; commit: false overlater det til dere.",
    # spreadsheets as Danish offices use them (issue 14)
    "sheet.yes": "ja",
    "sheet.no": "nei",
    "sheet.sheet_name": "Regler",
    "sheet.case.id": "Sak",
    "sheet.case.case": "Sak",
    "sheet.case.registry": "Register",
    "sheet.case.workplace": "Arbeidsplass",
    "sheet.case.kind": "Art",
    "sheet.case.rule": "Regel",
    "sheet.case.title": "Tittel",
    "sheet.case.request": "Det bes om",
    "sheet.case.status": "Status",
    "sheet.case.target_level": "Avgjøres av",
    "sheet.case.sent": "Sendt",
    "sheet.case.due": "Svar ønskes innen",
    "sheet.case.days_waiting": "Dager ventet",
    "sheet.case.overdue": "Overskredet",
    "sheet.case.gain_hours": "Timer i året å vinne",
    "sheet.case_kind.challenge": "Utfordring",
    "sheet.case_kind.escalation": "Sak",
    "sheet.lesson.topic": "Emne (regel)",
    "sheet.lesson.match": "Sammenlignet på",
    "sheet.lesson.registry": "Register",
    "sheet.lesson.workplace": "Arbeidsplass",
    "sheet.lesson.rule": "Regel",
    "sheet.lesson.title": "Tittel",
    "sheet.lesson.legal_basis": "Hjemmel",
    "sheet.lesson.action": "Hva ble gjort",
    "sheet.lesson.date": "Dato",
    "sheet.lesson.hours_before": "Timer i året før",
    "sheet.lesson.hours_after": "Timer i året etter",
    "sheet.lesson.hours_freed": "Timer i året frigjort",
    "sheet.lesson.result": "Forsøkets resultat",
    "sheet.lesson.source": "Kilde",
    # site, agenda, approval, calendar
    "help.site": (
        "Bygg registeret som et statisk nettsted for alle ansatte: alle regler med søk og "
        "filtre, en side per regel, referater, saker, byrderapporten, neste saksliste og en side "
        "om hvordan man utfordrer en regel. Virker fra file:// og fra enhver webserver."
    ),
    "ex.site": "Eksempel: [bold]regelsyn site --out nettsted[/bold]",
    "help.agenda": (
        "Skriv sakslisten til utvalgets neste møte (eller --meeting DATO) i agendas/<dato>.md: "
        "regler til gjennomgang, nye utfordringer, mottatte svar, forsøk, overskredne "
        "svarfrister og oppfølging."
    ),
    "ex.agenda": (
        "Eksempel: [bold]regelsyn agenda[/bold] · "
        "[bold]regelsyn agenda --meeting 2027-02-04 --out saksliste.md[/bold]"
    ),
    "help.calendar": (
        "Skriv utvalgets datoer som en kalenderfil (.ics): møter, frister for saksliste, regler "
        "til gjennomgang, svarfrister, forsøk og oppfølging."
    ),
    "ex.calendar": "Eksempel: [bold]regelsyn calendar --out utvalg.ics[/bold]",
    "help.review_approve": (
        "Godkjenn et referat som leder eller nestleder. Når begge har godkjent, står det "
        "«Godkjent» i referatet, og vedtakene kan ikke lenger endres."
    ),
    "ex.review_approve": (
        'Eksempel: [bold]regelsyn review approve 2026-11-22 --role leder --name "Kari Nordmann"[/bold]'
    ),
    "opt.site_out": "Mappen nettstedet skrives i (opprettes om nødvendig).",
    "opt.meeting": "Møtets dato (standard: neste møte i regelsyn.yaml).",
    "opt.agenda_out": "Skriv også sakslisten til denne filen.",
    "opt.calendar_out": "Kalenderfilen som skrives (.ics).",
    "opt.agenda": "Ta reglene fra sakslisten til møtet DATO (agendas/DATO.yaml).",
    "opt.approve_role": "leder eller nestleder (også formand, næstformand, chair, vice-chair).",
    "opt.approve_name": "Navnet på den som godkjenner.",
    "opt.approve_date": "Godkjenningens dato (standard: i dag).",
    "site.built": "Nettstedet er bygget i {path}: {written} filer skrevet, {kept} uendret.",
    "site.removed": "{count} sider som ikke lenger hører til, er slettet.",
    "agenda.written": "Sakslisten til møtet {date} er skrevet: {path}",
    "agenda.copied": "En kopi er skrevet til {path}.",
    "agenda.next": "Send den til utvalget. På møtet: regelsyn review --agenda {date}",
    "calendar.written": "Kalenderen er skrevet til {path} ({count} hendelser).",
    "approve.recorded": "Referatet {id} er godkjent av {name} ({role}).",
    "approve.complete": "Leder og nestleder har begge godkjent; referatet er godkjent: {path}",
    "approve.waiting": "Referatet venter på den andre godkjenningen: {path}",
    "tx.approve": "godkjenningen av referatet {id}",
    "tx.agenda": "sakslisten til møtet {date}",
    "err.approve_no_name": "--name kan ikke være tomt.",
    "err.no_meeting": "Det er ikke noe møte i regelsyn.yaml etter {today}.",
    "hint.meetings": "Legg møtene inn i regelsyn.yaml (meetings: [2027-02-04, ...]), eller oppgi --meeting DATO.",
    "err.no_such_agenda": "Det finnes ingen saksliste til møtet {date}.",
    "hint.agenda": "Skriv den med 'regelsyn agenda --meeting DATO'.",
    "err.agenda_and_ids": "--agenda kan ikke kombineres med regel-id-er, --due eller --all.",
    "hint.correct_review": "Registrer en rettelse som et nytt møte: regelsyn review --decisions FIL med 'corrects: {id}' i filen.",
    "err.site_not_folder": "{path} er en fil, ikke en mappe.",
    "err.site_not_empty": "{path} inneholder allerede filer som regelsyn ikke har skrevet; ingenting er endret.",
    "hint.site_out": "Velg en tom eller ny mappe, eller en mappe regelsyn har bygget et nettsted i før.",
    "err.site_write": "{path} kunne ikke skrives: {reason}.",
    "check.agenda_missing": "møtet {date} er om {days} dager, og det er ikke skrevet noen saksliste (regelsyn agenda --meeting {date})",
    "check.minutes_unapproved": "referatet er ikke godkjent av leder og nestleder {days} dager etter møtet",
    "check.approval_changed": "vedtakene er endret etter at referatet ble godkjent",
    "check.approve_role": "'{role}' kan ikke godkjenne et referat; det gjør leder og nestleder",
    "check.already_approved": "referatet er allerede godkjent av {role}",
    "check.approval_before_meeting": "godkjenningen ({date}) kan ikke ligge før møtet ({meeting})",
    "log.status": "Status",
    "log.approved": "Godkjent",
    "log.approved_intro": "Referatet er godkjent av leder og nestleder og er tilgjengelig for alle ansatte.",
    "log.approved_mark": "godkjent",
    "log.corrects": "Dette referatet retter referatet fra møtet {id}.",
    "agenda.generated": "Generert av regelsyn: saksliste til møtet {date}. Skriv den på nytt med 'regelsyn agenda --meeting {date}'.",
    "agenda.title": "Saksliste: {committee}, {date}",
    "agenda.intro": "Saksliste til møtet for {workplace}. Sendes ut senest {deadline}.",
    "agenda.since": "Nytt siden møtet {date}.",
    "agenda.rules": "Regler til gjennomgang (forsvar eller fjern)",
    "agenda.rules_intro": "{count} regler skal gjennomgås på møtet; de koster til sammen {hours} timer i året. De er sortert etter hva utvalget kan gjøre med dem.",
    "agenda.never_reviewed": "aldri gjennomgått",
    "agenda.overdue": "(overskredet)",
    "agenda.review_hint": "På møtet: regelsyn review --agenda {date}",
    "agenda.none": "Ingenting.",
    "agenda.challenges": "Nye utfordringer",
    "agenda.request": "Ønske",
    "agenda.filed": "Levert",
    "agenda.replies": "Mottatte svar",
    "agenda.reply": "Svar",
    "agenda.trials": "Forsøk",
    "agenda.what": "Hva",
    "agenda.trial_start": "starter",
    "agenda.trial_end": "slutter",
    "agenda.trial_evaluate": "skal evalueres",
    "agenda.overdue_cases": "Saker med overskredet svarfrist",
    "agenda.actions": "Oppfølging",
    "agenda.action_owner": "Ansvarlig",
    "agenda.action_due": "Frist",
    "agenda.from_review": "Fra møtet",
    "agenda.other": "Eventuelt",
    "agenda.record_comment": "Skrevet av regelsyn: hva sakslisten til møtet {date} tar opp (regelsyn review --agenda {date} leser den).",
    "cal.name": "{committee}",
    "cal.meeting": "Møte i {committee}",
    "cal.deadline": "Frist: saksliste til møtet {date}",
    "cal.due": "Regler til gjennomgang: {count}",
    "cal.reply": "Svarfrist: {title} ({case})",
    "cal.trial_start": "Forsøk starter: {title}",
    "cal.trial_end": "Forsøk slutter: {title}",
    "cal.evaluation": "Forsøk skal evalueres: {title}",
    "cal.action": "Oppfølging: {title} ({owner})",
    "cal.more": "… og {count} flere",
    "site.skip": "Gå til innholdet",
    "site.nav": "Nettstedet",
    "site.rules": "Regler",
    "site.reviews": "Referater",
    "site.cases": "Saker",
    "site.report": "Rapport",
    "site.agenda": "Saksliste",
    "site.challenge": "Utfordre en regel",
    "site.calendar": "Kalender (.ics)",
    "site.footer": "Utgitt av {committee} med regelsyn.",
    "site.index_title": "Regler og dokumentasjonskrav ved {workplace}",
    "site.index_intro": "Her er alle arbeidsplassens regler: hva de sier, hvem som eier dem, hvorfor de finnes og hva de koster. En regel blir bare stående hvis den kan forsvares.",
    "site.challenge_link": "Slik utfordrer du en regel.",
    "site.search": "Søk",
    "site.all": "Alle",
    "site.tag": "Emne",
    "site.due": "Gjennomgang",
    "site.due_by": "Skal gjennomgås senest {date}",
    "site.overdue": "Gjennomgangen er overskredet",
    "site.clear": "Nullstill",
    "site.count": "{count} av {total} regler vises.",
    "site.count_all": "{count} regler.",
    "site.never": "aldri gjennomgått",
    "site.overdue_short": "overskredet",
    "site.due_short": "snart",
    "site.rule_text": "Regelen",
    "site.rule_facts": "Eier og hjemmel",
    "site.none_stated": "ikke oppgitt",
    "site.suspended": "Satt ut av kraft i forsøk",
    "site.premises": "Premisser",
    "site.premises_intro": "En regel kan bare forsvares med minst én dokumentert premiss: formål, effekt eller rettssikkerhet.",
    "site.burden": "Byrde",
    "site.burden_line": "{minutes} minutter × {per_year} ganger i året × {people} personer = {hours} timer i året.",
    "site.burden_unknown": "Byrden er ikke beregnet.",
    "site.decisions": "Vedtak",
    "site.no_decisions": "Regelen er ikke gjennomgått ennå.",
    "site.open_cases": "Åpne saker",
    "site.no_open_cases": "Ingen åpne saker.",
    "site.history": "Historikk",
    "site.no_history": "Ingen historikk.",
    "site.event": "Hendelse",
    "site.note": "Merknad",
    "site.challenge_this": "Utfordre denne regelen",
    "site.challenge_this_intro": "Mener du at regelen bør fjernes, endres eller settes ut av kraft i et forsøk? Du kan skrive til utvalget under eget navn, eller gå til din tillitsvalgte hvis du vil være anonym.",
    "site.challenge_mail": "Skriv til utvalget ({email})",
    "site.challenge_command": "Den tillitsvalgte eller sekretæren registrerer utfordringen slik:",
    "site.mail_subject": "Utfordring av regelen: {title} ({id})",
    "site.mail_body": "Jeg vil utfordre regelen «{title}» ({id}).\n\nHva er problemet?\n\nHva foreslår jeg (fjern, endre, eller et forsøk)?\n\nHvor mye tid ville det spare?\n",
    "site.not_approved": "ikke godkjent ennå",
    "site.corrected_by": "Rettet ved:",
    "site.case_title_challenge": "Utfordring: {title}",
    "site.case_title_escalation": "Sendt videre: {title}",
    "site.rule": "Regel",
    "site.filed_by": "Levert av",
    "site.anonymous": "anonym, gjennom {via}",
    "site.route": "Vei",
    "site.sent": "Sendt",
    "site.reply_overdue": "svarfristen er overskredet",
    "site.application": "Søknaden",
    "site.problem": "Problemet",
    "site.case_burden": "Regelen koster {hours} timer i året; forventet gevinst er {gain} timer i året.",
    "site.purpose_kept": "Regelens formål ivaretas",
    "site.legal_certainty_kept": "Innbyggernes rettssikkerhet svekkes ikke",
    "site.higher_rules_kept": "Høyere regler (også EØS-retten) settes ikke til side",
    "site.evaluation": "Forsøket evalueres etter en plan",
    "site.alternative": "Det lettere alternativet",
    "site.result": "Evaluering",
    "site.events": "Sakens gang",
    "site.by": "Av",
    "site.reviews_intro": "Referatene fra utvalgets gjennomganger, nyeste først. Et referat er godkjent når leder og nestleder begge har godkjent det.",
    "site.cases_intro": "Utfordringer og saker sendt videre til nivået som eier regelen.",
    "site.what": "Hva",
    "site.hours": "timer/år",
    "site.overdue_count": "{count} regler har overskredet sin gjennomgang.",
    "site.see_index": "Se alle på forsiden.",
    "site.no_meeting": "Det er ikke planlagt noe møte. Møtene står i regelsyn.yaml under meetings.",
    "site.challenge_title": "Slik utfordrer du en regel",
    "site.challenge_intro": "Alle ansatte har utfordringsrett: du kan utfordre en regel eller et dokumentasjonskrav som du mener ikke gir mening, og be om at den fjernes, endres eller settes ut av kraft i et forsøk. Utvalget tar opp utfordringen, og regelen må forsvares på sine egne premisser.",
    "site.challenge_what": "Hva kan du be om?",
    "site.challenge_remove": "At regelen fjernes.",
    "site.challenge_amend": "At regelen endres eller forenkles.",
    "site.challenge_trial": "Et tidsbegrenset forsøk der regelen ikke gjelder.",
    "site.challenge_how": "Slik gjør du",
    "site.challenge_step_find": "Finn regelen i oversikten:",
    "site.challenge_step_write": "Beskriv problemet, forslaget ditt og gjerne hvor mye tid det ville spare.",
    "site.challenge_step_send": "Send det til utvalget:",
    "site.challenge_step_send_rep": "Gi det til din tillitsvalgte eller til utvalgets sekretær.",
    "site.challenge_step_after": "Utvalget behandler utfordringen. Eies regelen av et høyere nivå, sendes den videre dit, og svaret vises under Saker.",
    "site.challenge_anonymous": "Anonymt",
    "site.challenge_anonymous_text": "Vil du ikke stå fram med navn, kan din tillitsvalgte levere utfordringen for deg. Da står bare den tillitsvalgtes navn i registeret, aldri ditt.",
    "site.challenge_trial_title": "Forsøk",
    "site.challenge_trial_text": "Et forsøk har en start- og sluttdato og en plan for evaluering, og det må holde disse rammene:",
    "site.challenge_for_reps": "For tillitsvalgte og sekretæren",
    # finding a rule, a case or a review from what a person types; shell completion
    "lookup.did_you_mean": "Mente du:",
    "lookup.more": "… og {n} til",
    "err.case_ambiguous": "'{id}' passer på flere saker:",
    "hint.case_ambiguous": "Skriv mer av id-en, f.eks. med år og bokstav: U-2026-0007.",
    "err.review_ambiguous": "'{id}' passer på flere gjennomganger:",
    "hint.review_ambiguous": "Skriv hele id-en, f.eks. 2026-11-22.",
    "err.rule_text_matches": "'{text}' er ikke id-en til en regel, men passer på disse reglene i registeret:",
    "hint.rule_text_matches": "Bruk id-en til den du mener, f.eks. --rule {id}.",
    "err.unregistered_matches": "'{text}' ligner regler som allerede er i registeret, og ville blitt registrert en gang til:",
    "hint.unregistered_matches": "Utfordre den du mener med --rule ID (f.eks. --rule {id}). Er det en annen regel, legg til --new-rule.",
    "opt.c_new_rule": "Med --unregistered: regelen er ikke en av dem i registeret, selv om tittelen ligner; den registreres som ny.",
    "challenge.found": "Regler som passer på '{text}':",
    "challenge.found_none": "Ingen regel i registeret passer på '{text}'.",
    "challenge.none_of_them": "Ingen av dem: registrer '{title}' som en ny regel",
    "challenge.q_pick": "Velg et nummer, eller skriv et nytt søk",
    "challenge.pick_number": "Skriv et nummer fra 0 til {last}, eller noen ord å søke etter.",
    "challenge.confirm_new": "Registrere '{title}' som en ny regel i registeret?",
    "help.meeting_panel": "Møtets flagg (regelsyn review [ID-er] [FLAGG])",
    "opt.install_completion": "Installer tab-fullføring av kommandoer og id-er i skallet ditt (bash, zsh, fish, PowerShell).",
    "opt.show_completion": "Vis skriptet for tab-fullføring, så du selv kan legge det der du vil.",
    "completion.installed": "Tab-fullføring for {shell} er installert i {path}.",
    "completion.restart": "Den virker fra neste gang du åpner en terminal.",
    "err.new_rule_only_unregistered": "--new-rule brukes bare sammen med --unregistered TITTEL.",
}
