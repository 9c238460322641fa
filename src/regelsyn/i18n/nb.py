"""Norsk bokmål."""

MESSAGES: dict[str, str | tuple[str, ...]] = {
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
    "opt.committee": "Utvalgets navn, f.eks. 'Lokal-MED Plejecenter Solhaven'.",
    "opt.language": "Registerets språk: da, nb eller en.",
    "opt.example": "Kopier eksempelregisteret (Plejecenter Solhaven) i stedet for et tomt register.",
    "opt.no_git": "Ikke kjør git init.",
    "opt.title": "Regelens tittel.",
    "opt.kind": "Type: rule, documentation, registration, reporting, approval eller measurement.",
    "opt.text": "Regelens ordlyd.",
    "opt.owner_level": "Det nivået på myndighetsstigen som eier regelen (en id fra regelsyn.yaml).",
    "opt.owner_body": "Organet på det nivået, f.eks. 'Senterledelsen'.",
    "opt.legal_basis": "Hjemmel, f.eks. 'Helse- og omsorgstjenesteloven § 4-1'.",
    "opt.floor": "Hva en høyere regel krever uansett (gulvet).",
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
    "opt.status": "Status: active, defended, amended, removed, suspended eller escalated.",
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
    "err.template_limit_text": (
        "den lager en tekst på over {n} tegn",
        "den lager en tekst på over {n} tegn",
    ),
    "err.template_limit_items": (
        "den lager en liste med over {n} element",
        "den lager en liste med over {n} elementer",
    ),
    "err.template_limit_made": (
        "den lager over {n} tegn og listeelementer til sammen",
        "den lager over {n} tegn og listeelementer til sammen",
    ),
    "err.template_limit_output": ("den skriver over {n} tegn", "den skriver over {n} tegn"),
    "err.template_limit_loops": (
        "løkkene dens går over {n} gang til sammen",
        "løkkene dens går over {n} ganger til sammen",
    ),
    "err.template_limit_calls": (
        "den kaller makroer over {n} gang til sammen",
        "den kaller makroer over {n} ganger til sammen",
    ),
    "err.template_limit_depth": (
        "den går over {n} lag i dybden (makroer, include, import, extends, rekursive løkker eller lister i lister)",
        "den går over {n} lag i dybden (makroer, include, import, extends, rekursive løkker eller lister i lister)",
    ),
    "err.template_limit_range": (
        "den ber range() om over {n} tall",
        "den ber range() om over {n} tall",
    ),
    "err.template_limit_digits": (
        "den regner med tall på over {n} siffer",
        "den regner med tall på over {n} sifre",
    ),
    "err.template_limit_memory": ("den bruker over {n} MB minne", "den bruker over {n} MB minne"),
    "err.template_limit_seconds": (
        "den regner i over {n} sekund",
        "den regner i over {n} sekunder",
    ),
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
    "v.too_short": ("må ha minst {n} element", "må ha minst {n} elementer"),
    "v.slug": (
        "{value} er ikke en gyldig id: bruk små bokstaver a-z, tall og bindestrek, høyst 64 tegn"
    ),
    "v.literal": "{value} er ikke tillatt; velg en av: {expected}",
    "v.date_answer": "'{value}' er ikke en dato. Skriv ÅÅÅÅ-MM-DD, f.eks. 2027-03-01.",
    "v.number_answer": "'{value}' er ikke et tall.",
    "v.int_answer": "'{value}' er ikke et heltall.",
    "v.negative_answer": "'{value}' kan ikke være negativ.",
    # kontroll
    "check.ok": (
        "Registeret er i orden: {n} regel, ingen feil eller advarsler.",
        "Registeret er i orden: {n} regler, ingen feil eller advarsler.",
    ),
    "check.summary": "{errors} og {warnings} i {rules}.",
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
    "check.review_overdue": (
        "gjennomgangen skulle ha vært {date} ({n} dag siden)",
        "gjennomgangen skulle ha vært {date} ({n} dager siden)",
    ),
    "check.burden_unknown": "byrden er ukjent: fyll ut minutes, per_year og people",
    # init
    "init.done": (
        "Register opprettet i {path} ({n} fil eller mappe).",
        "Register opprettet i {path} ({n} filer og mapper).",
    ),
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
    "init.comment.review": "Måneder til neste gjennomgang; defend_requires: one eller effect.",
    # regel
    "rule.added": "Regelen '{id}' er registrert i {path}.",
    "rule.added_next": "Se den med 'regelsyn rule show {id}'.",
    "rule.edited": "Regelen '{id}' er rettet: {fields}.",
    "rule.saved": "Regelen '{id}' er lagret ({path}).",
    "rule.unchanged": "Ingen endringer i '{id}'; filen er uendret.",
    "rule.list_empty": "Ingen regler passer.",
    "rule.list_total": "{rules}, til sammen {hours}.",
    "rule.list_skipped": (
        "{n} regelfil kunne ikke leses og er utelatt.",
        "{n} regelfiler kunne ikke leses og er utelatt.",
    ),
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
    "q.floor": "Gulv (kan utelates)",
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
    "f.floor": "Gulv",
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
    "show.burden_line": "{minutes} min × {per_year} × {people} = {hours}",
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
    "help.review": (
        "Forsvar eller fjern: utvalget går gjennom reglene én om gangen og treffer en avgjørelse "
        "for hver. 'regelsyn review [ID-er]' starter et møte; 'review list', 'review show' og "
        "'review render' viser tidligere møter."
    ),
    "help.review_run": (
        "Hold et gjennomgangsmøte. Uten ID-er tas de reglene med som skal gjennomgås (--due: "
        "datoen er nådd, eller de er aldri gjennomgått). Utkastet lagres etter hver avgjørelse; "
        "fortsett med --resume. Uten terminal: bruk --decisions FIL."
    ),
    "ex.review": (
        'Eksempel: [bold]regelsyn review --participant "Anne Holm:ledelse:formand" '
        '--participant "Bo Jensen:medarbejdere:naestformand" --decided-by "Anne Holm '
        '(senterleder)"[/bold] · [bold]regelsyn review --decisions beslutninger.yaml[/bold]'
    ),
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
    "opt.participant": (
        "Deltaker som 'Navn:side[:rolle]'; side er ledelse, medarbejdere (ansatte) eller "
        "politikere, rolle f.eks. formand (leder), naestformand (nestleder), "
        "tillidsrepraesentant (tillitsvalgt), amr (verneombud). Kan gjentas."
    ),
    "opt.decided_by": (
        "Den som har kompetanse til å treffe avgjørelsen, f.eks. 'Anne Holm (senterleder)'."
    ),
    "opt.decisions": "Bruk avgjørelsene i denne YAML-filen (alt eller ingenting).",
    "opt.resume": "Fortsett det åpne møtet fra utkastet.",
    "opt.abandon": "Forkast utkastet til det åpne møtet.",
    "opt.yes": "Ikke spør først (for --abandon uten terminal).",
    "opt.review_id": "Gjennomgangens id (f.eks. 2026-11-22).",
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
    "review.resuming": (
        "Fortsetter møtet: {done} av {n} regel er avgjort.",
        "Fortsetter møtet: {done} av {n} regler er avgjort.",
    ),
    "review.all_decided": (
        "Alle reglene er gjennomgått ({n} avgjørelse).",
        "Alle reglene er gjennomgått ({n} avgjørelser).",
    ),
    "review.confirm_save": "Lagre gjennomgangen, oppdatere reglene og skrive referatet nå?",
    "review.kept_draft": (
        "Ingenting er lagret ennå; utkastet er beholdt. Fortsett med 'regelsyn review --resume'."
    ),
    "review.interrupted": "Møtet er avbrutt. Avgjørelsene så langt er lagret i utkastet; fortsett med 'regelsyn review --resume'.",
    "review.abandoned": "Utkastet til det åpne møtet er forkastet.",
    "review.confirm_abandon": (
        "Forkaste det åpne møtet med {n} avgjørelse? Den kan ikke hentes tilbake.",
        "Forkaste det åpne møtet med {n} avgjørelser? De kan ikke hentes tilbake.",
    ),
    "err.abandon_needs_yes": (
        "Det åpne møtet har {n} avgjørelse. Legg til --yes for å forkaste det uten å bli spurt.",
        "Det åpne møtet har {n} avgjørelser. Legg til --yes for å forkaste det uten å bli spurt.",
    ),
    "review.recorded": (
        "Gjennomgangen {id} er lagret med {n} avgjørelse. Referat: {path}",
        "Gjennomgangen {id} er lagret med {n} avgjørelser. Referat: {path}",
    ),
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
    "check.d_not_dispensable": (
        "'{verdict}' er ikke mulig: regelen hører under {level}, som ikke kan gi dispensasjon. "
        "Forsvar regelen, eller utsett den; går deres lokale praksis ut over kravet, så "
        "registrer den lokale delen som en egen regel med kravet som gulv"
    ),
    "check.d_not_own": (
        "'{verdict}' er ikke mulig: regelen eies av {level}, ikke av arbeidsplassen. Bruk "
        "escalate med recommend: remove, amend eller trial"
    ),
    "check.d_is_own": (
        "'{verdict}' er ikke mulig: arbeidsplassen eier regelen selv og avgjør den her (defend, "
        "amend, merge, remove eller defer)"
    ),
    "check.d_no_floor": "reduce_to_floor krever at regelen har et gulv (floor)",
    "check.d_defend_no_premise": (
        "en regel kan bare forsvares med minst én dokumentert premiss: oppgi premises med "
        "purpose, effect eller legal_certainty"
    ),
    "check.d_defend_no_effect": (
        "registerets policy krever dokumentert effekt for å forsvare en regel"
    ),
    "check.d_needs_text": "{verdict} krever den nye ordlyden (text)",
    "check.d_needs_into": "{verdict} krever regelen den slås sammen med (into)",
    "check.d_needs_recommend": (
        "{verdict} krever en anbefaling (recommend: remove, amend eller trial)"
    ),
    "check.d_needs_reason": "{verdict} krever en begrunnelse (reason)",
    "check.d_merge_self": "en regel kan ikke slås sammen med seg selv",
    "check.d_needs_minority": "ved uenighet må mindretallsmerknaden tas med (minority)",
    "check.d_no_participants": "møtets deltakere mangler (participants)",
    "check.d_no_decider": "den som treffer avgjørelsen, mangler (decided_by)",
    "check.d_duplicate": "regelen '{id}' har allerede en avgjørelse i denne filen",
    "check.d_needs_proposal": "en sak som sendes videre, krever styringsgruppens forslag til den som eier regelen (proposal)",
    "check.d_needs_trial": "et forsøk krever periode, sikkerhetstiltak og evaluering (trial: start, end, purpose_kept, legal_certainty_kept, higher_rules_kept, evaluation)",
    "check.d_merge_into_removed": "regelen '{id}' er fjernet (eller fjernes på dette møtet); en regel kan ikke slås sammen med en fjernet regel",
    "check.d_about": "{id} ({title})",
    # møte
    "meet.triage_title": "Reglene på sakslisten, sortert etter hva utvalget kan gjøre",
    "meet.participants_intro": (
        "Hvem deltar? Skriv én deltaker om gangen som Navn:side[:rolle] (side: ledelse, "
        "medarbejdere (ansatte) eller politikere). Tom linje når alle er med."
    ),
    "meet.participant": "Deltaker {number}",
    "meet.decided_by": (
        "Hvem har kompetanse til å treffe avgjørelsen? (f.eks. Anne Holm (senterleder))"
    ),
    "meet.rule_heading": "Regel {number} av {total}: {title}",
    "meet.group_own": (
        "Arbeidsplassen eier regelen selv og kan forsvare, endre, slå sammen eller fjerne den."
    ),
    "meet.group_floor": (
        "Regelen er en lokal utvidelse av et høyere krav. Arbeidsplassen kan selv skjære ned "
        "til gulvet eller fjerne den lokale delen."
    ),
    "meet.group_send_on": (
        "Regelen eies høyere opp. Utvalget kan forsvare den eller sende den videre med en "
        "anbefaling."
    ),
    "meet.group_not_dispensable": (
        "Regelen bygger på EU-rett, som det ikke kan gis dispensasjon fra."
    ),
    "meet.eu_hint": (
        "Ingen premiss er dokumentert, men EU-rett kan ikke fjernes herfra. Skriv inn formålet, "
        "eller utsett avgjørelsen."
    ),
    "meet.premises_intro": "Er regelens premisser dokumentert? Skriv dokumentasjonen, trykk Enter for å bekrefte det som vises, eller skriv - for 'ikke dokumentert'. Bare det møtet skriver eller bekrefter, teller.",
    "meet.q_purpose": "Formål",
    "meet.q_effect": "Effekt",
    "meet.q_legal_certainty": "Rettssikkerhet",
    "meet.verdict": "Avgjørelse (nummer eller navn)",
    "meet.new_text": "Ny ordlyd",
    "meet.floor_text": "Ordlyd etter nedskjæring til gulvet",
    "meet.hours_after": "Timer i året etterpå, hvis kjent (kan utelates)",
    "meet.into": "Slå sammen med regel (id)",
    "meet.recommend": "Anbefaling til den som eier regelen",
    "meet.reason": "Hvorfor utsettes avgjørelsen?",
    "meet.grounds": "Begrunnelse (kan utelates)",
    "meet.stance": "Utvalgets standpunkt",
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
    "log.intro": (
        "Utvalget har gått gjennom arbeidsplassens egne regler og dokumentasjonskrav. En regel "
        "blir bare stående hvis den kan forsvares ut fra dokumentert formål, effekt eller "
        "innbyggernes rettssikkerhet. Regler som arbeidsplassen ikke eier selv, sendes videre "
        "til det nivået som kan endre dem."
    ),
    "log.workplace": "Arbeidsplass",
    "log.committee": "Utvalg",
    "log.date": "Dato",
    "log.decided_by": "Avgjørelsen treffes av",
    "log.participants": "Deltakere",
    "log.summary": "Kort fortalt",
    "log.verdict": "Avgjørelse",
    "log.count": "Antall",
    "log.freed": ("Frigjort tid: {n} time i året.", "Frigjort tid: {n} timer i året."),
    "log.no_decisions": "Det ble ikke truffet noen avgjørelser.",
    "log.triage": "Reglene på sakslisten",
    "log.triage_intro": "Reglene er sortert etter hvem som kan endre dem.",
    "log.group": "Hvem kan endre den",
    "log.decisions": "Avgjørelsene",
    "log.recommend": "anbefaling: {what}",
    "log.merged_into": "slått sammen med `{into}`",
    "log.grounds": "Begrunnelse",
    "log.reason": "Hvorfor utsatt",
    "log.new_text": "Ny ordlyd",
    "log.freed_one": ("Frigjør {n} time i året.", "Frigjør {n} timer i året."),
    "log.stance": "Utvalgets standpunkt",
    "log.minority": "mindretallsmerknad",
    "log.proposal": "Forslag til den som eier regelen",
    "log.action": "Oppfølging",
    "log.action_line": "{owner}, senest {due}",
    "log.escalations": "Sendt videre",
    "log.escalations_intro": (
        "Disse reglene eies ikke av arbeidsplassen. Utvalgets anbefaling sendes til det nivået "
        "som eier dem; svaret registreres på saken."
    ),
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
    "verdict.reduce_to_floor": "skåret ned til gulvet",
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
    "app.stance_agreement": "Utvalget står samlet bak søknaden.",
    "app.stance_disagreement": "Utvalget er ikke enig.",
    "app.rule_heading": "Regelen",
    "app.none": "ingen oppgitt",
    "app.problem_heading": "Problemet",
    "app.proposal_heading": "Forslaget",
    "app.proposal_remove": "Regelen oppheves.",
    "app.proposal_amend": "Regelen endres slik at den kan forsvares ut fra formålet sitt.",
    "app.proposal_trial": "Arbeidsplassen fritas fra regelen i forsøksperioden nedenfor.",
    "app.burden_heading": "Byrde og gevinst",
    "app.burden": (
        "Regelen koster i dag {n} time i året.",
        "Regelen koster i dag {n} timer i året.",
    ),
    "app.burden_unknown": "Regelens byrde er ikke beregnet.",
    "app.gain": ("Forventet gevinst: {n} time i året.", "Forventet gevinst: {n} timer i året."),
    "app.trial_heading": "Forsøket",
    "app.trial_period": "Forsøksperiode: {start} til {end}.",
    "app.alternative": "Dette prøves i stedet",
    "app.alternative_hours": ("{n} time i året", "{n} timer i året"),
    "app.purpose_kept": "Formålet ivaretas",
    "app.legal_certainty_kept": "Innbyggernes rettssikkerhet svekkes ikke",
    "app.higher_rules_kept": "Høyere regler (herunder EU-rett) settes ikke til side",
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
    "check.case_reply_overdue": (
        "svarfristen var {date} ({n} dag siden); purr på svar, eller registrer 'no_answer'",
        "svarfristen var {date} ({n} dager siden); purr på svar, eller registrer 'no_answer'",
    ),
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
    "help.challenge_decide": (
        "Treff avgjørelse i en sak som arbeidsplassen selv har kompetanse til å avgjøre: "
        "in_review, granted, partly, rejected, withdrawn eller closed. Et innvilget forsøk "
        "suspenderer regelen fram til forsøkets sluttdato."
    ),
    "ex.challenge_decide": (
        "Eksempel: [bold]regelsyn challenge decide U-2026-0001-ugentlig-vejning-k3f9 --outcome "
        'granted --reasons "Veiingen brukes ikke" --by "Anne Holm (senterleder)"[/bold]'
    ),
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
    "help.case_reply": (
        "Registrer svaret fra det nivået saken er sendt til: granted, partly, rejected, "
        "redirected eller no_answer. Regelen og saksdokumentet oppdateres."
    ),
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
    "opt.case_id": "Sakens id, f.eks. U-2026-0007-vejning-k3f9.",
    "opt.by": "Hvem som gjør det (navn og tittel).",
    "opt.case_date": "Dato (ÅÅÅÅ-MM-DD; standard: i dag).",
    "opt.c_rule": "Regelen som utfordres (id).",
    "opt.c_unregistered": "En regel som ikke er i registeret ennå (tittel); den blir registrert.",
    "opt.c_owner_level": (
        "Med --unregistered: det nivået som eier regelen (standard: arbeidsplassen)."
    ),
    "opt.c_request": "Hva det bes om: remove, amend eller trial.",
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
    "opt.c_higher_rules_kept": "Hvilke høyere regler (også EU-rett) som fortsatt overholdes",
    "opt.c_evaluation": "Hvordan og når forsøket evalueres",
    "opt.c_alternative": "Den lettere utgaven som prøves i regelens sted (uten: regelen settes ut av kraft).",
    "opt.c_status": "Bare saker med denne statusen (f.eks. escalated).",
    "opt.c_overdue": "Bare saker der svarfristen er overskredet.",
    "opt.c_outcome": "Avgjørelsen: in_review, granted, partly, rejected, withdrawn eller closed.",
    "opt.c_reasons": "Begrunnelsen.",
    "opt.c_result": "Evalueringens resultat.",
    "opt.c_eval_outcome": (
        "made_permanent (regelen fjernes) eller reverted (regelen gjelder igjen)."
    ),
    "opt.escalate_id": "En sak (U-/E-…) eller en regel (id).",
    "opt.recommend": "Hva det bes om: remove, amend eller trial.",
    "opt.escalate_to": "Send til et annet nivå enn regelens eier (etter en henvisning).",
    "opt.stance": "Utvalgets standpunkt: agreement eller disagreement.",
    "opt.minority": "Mindretallsmerknaden (kreves ved disagreement).",
    "opt.reply_outcome": "Svaret: granted, partly, rejected, redirected eller no_answer.",
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
    "err.minority_needed": (
        "Ved --stance disagreement må mindretallsmerknaden være med: --minority."
    ),
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
    "challenge.q_rule_help": (
        "Hvilken regel? Skriv id-en, eller en tittel hvis den ikke er registrert."
    ),
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
    "inbox.intro": (
        "{n} åpen sak venter på svar per {today}.",
        "{n} åpne saker venter på svar per {today}, den eldste fristen først.",
    ),
    "inbox.none": "Ingen åpne saker.",
    "inbox.empty": "Ingen åpne saker til {level}.",
    "inbox.stale_copy": "{url} kunne ikke hentes ({reason}); den sist hentede kopien brukes.",
    "inbox.unreadable": (
        "{path} kunne ikke leses som register og er hoppet over; kjør 'regelsyn -C {path} check'."
    ),
    "inbox.skipped": (
        "{path}: {n} saksfil kunne ikke leses og er hoppet over.",
        "{path}: {n} saksfiler kunne ikke leses og er hoppet over.",
    ),
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
    "report.unknown_burden": (
        "{n} regel har ukjent byrde og telles ikke med.",
        "{n} regler har ukjent byrde og telles ikke med.",
    ),
    "report.chart_owner": "Byrde per eier (timer i året)",
    "report.chart_reviews": "Frigjort tid per gjennomgang",
    "report.hours_axis": "Timer i året",
    "report.funnel": "Fra utfordring til avgjørelse",
    "report.count": "Antall",
    "report.rules": "Reglene",
    "report.rules_intro": (
        "Registeret har {n} regel. Timer i året omfatter ikke fjernede regler.",
        "Registeret har {n} regler. Timer i året omfatter ikke fjernede regler.",
    ),
    "report.heaviest": "De ti tyngste reglene",
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
        "XLSX krever pakken openpyxl. Installer den med: pip install 'regelsyn[xlsx]' "
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
        "{n} feil i regnearket; ingenting er importert. Rett raden, eller bruk --skip-invalid.",
        "{n} feil i regnearket; ingenting er importert. Rett radene, eller bruk --skip-invalid.",
    ),
    "import.would_create": "rad {row}: ville opprette {id}",
    "import.would_update": "rad {row}: ville oppdatere {id}",
    "import.would_unchanged": "rad {row}: {id} er uendret",
    "import.summary": "Importert: {created}, {updated}, {unchanged}, {skipped}.",
    "import.dry_summary": "Prøvekjøring: {created}, {updated}, {unchanged}, {skipped}. Ingenting er skrevet.",
    "export.written": ("{n} regel skrevet til {path}", "{n} regler skrevet til {path}"),
    "sheet.id": "Id",
    "sheet.title": "Tittel",
    "sheet.kind": "Type",
    "sheet.text": "Tekst",
    "sheet.owner.level": "Eier",
    "sheet.owner.body": "Organ",
    "sheet.legal_basis": "Hjemmel",
    "sheet.floor": "Gulv",
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
    "report.balance_total": "Samlet går {share} % av tiden til å måle ({measuring}) og resten til å bruke resultatet ({using}). Anbefalt: {recommended} % å måle, resten å bruke.",
    "report.unused_measurements": (
        "Målinger som ingen bruker: {n}. Den koster {hours}.",
        "Målinger som ingen bruker: {n}. De koster {hours}.",
    ),
    "report.balance_unknown": "Målinger som ikke teller med i andelen, fordi tiden til å måle eller til å bruke resultatet ikke er beregnet: {count}.",
    "report.chart_balance": "Andel av tiden brukt på å måle (anbefalt: {recommended} %)",
    "report.share_axis": "Prosent",
    "f.use_time": "Tid til å bruke resultatet",
    "f.balance": "Måle / bruke",
    "show.balance_line": "{share} % av tiden går til å måle ({measuring} mot {using} til å bruke resultatet); anbefalt: høyst {recommended} %",
    "show.balance_unused": (
        "ingen bruker resultatet: hele tiden, {n} time i året, går til å måle",
        "ingen bruker resultatet: alle {n} timer i året går til å måle",
    ),
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
    "learn.skipped": (
        "{path}: {n} fil kunne ikke leses og er hoppet over; kjør 'regelsyn -C {path} check'.",
        "{path}: {n} filer kunne ikke leses og er hoppet over; kjør 'regelsyn -C {path} check'.",
    ),
    "learn.rendered": "Oversikten er skrevet: {path}",
    "learn.none": "Ingenting å lære ennå: ingen sammenlignbare regler er fjernet, endret, forsvart eller prøvd.",
    "learn.generated": "Generert av regelsyn learn. Ikke rediger denne filen.",
    "learn.title": "Hva andre arbeidsplasser har lært",
    "learn.intro": "{lessons} fra {registries}, beregnet {today}. Regler med samme id, samme hjemmel eller en lignende tittel står samlet.",
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
    "learn.places": ("{n} arbeidsplass", "{n} arbeidsplasser"),
    "learn.other_places": ("{n} annen arbeidsplass", "{n} andre arbeidsplasser"),
    "learn.did_removed": "fjernet på {places}",
    "learn.did_amended": "endret på {places}",
    "learn.did_reduced_to_floor": "skåret ned til minstekravet på {places}",
    "learn.did_defended": "forsvart på {places}",
    "learn.did_trial_made_permanent": ("{n} forsøk gjort permanent", "{n} forsøk gjort permanente"),
    "learn.did_trial_reverted": ("{n} forsøk rullet tilbake", "{n} forsøk rullet tilbake"),
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
    "git.msg.review_hours": (
        "{message}; {n} time frigjort i året",
        "{message}; {n} timer frigjort i året",
    ),
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
    "git.msg.import": "Import fra {source}: {created}, {updated} endret",
    "git.msg.review_render": "Referatet fra gjennomgangen {id} skrevet på nytt",
    "git.msg.case_render": "Dokumentet for saken {id} skrevet på nytt",
    "git.msg.template": "Malen {name} kopiert til templates/ for å bli tilpasset",
    "git.msg.init": "Register opprettet: {workplace}",
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
    "sync.rules_new": ("{n} ny regel", "{n} nye regler"),
    "sync.rules_changed": ("{n} regel endret", "{n} regler endret"),
    "sync.reviews_new": ("{n} ny gjennomgang", "{n} nye gjennomganger"),
    "sync.cases_new": ("{n} ny sak", "{n} nye saker"),
    "sync.cases_answered": ("{n} sak besvart", "{n} saker besvart"),
    "sync.cases_changed": ("{n} sak oppdatert", "{n} saker oppdatert"),
    "sync.other": ("{n} annen fil", "{n} andre filer"),
    "sync.received": "Fra {remote}: {what} (av {who}).",
    "sync.nothing_new": "Ingenting nytt fra {remote}.",
    "sync.sent": ("{n} endring sendt til {remote}.", "{n} endringer sendt til {remote}."),
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
    # counts, said with tn() in the form for the number: (one, many)
    "count.rules": ("{n} regel", "{n} regler"),
    "count.errors": ("{n} feil", "{n} feil"),
    "count.warnings": ("{n} advarsel", "{n} advarsler"),
    "count.hours_a_year": ("{n} time i året", "{n} timer i året"),
    "count.times_a_year": ("{n} gang i året", "{n} ganger i året"),
    "count.people": ("{n} person", "{n} personer"),
    "import.count_new": ("{n} ny", "{n} nye"),
    "import.count_updated": ("{n} oppdatert", "{n} oppdaterte"),
    "import.count_unchanged": ("{n} uendret", "{n} uendrede"),
    "import.count_skipped": ("{n} hoppet over", "{n} hoppet over"),
    "import.count_invalid": ("{n} med feil", "{n} med feil"),
    "git.msg.count_new_rules": ("{n} ny regel", "{n} nye regler"),
    "learn.count_lessons": ("{n} avgjørelse eller forsøk", "{n} avgjørelser og forsøk"),
    "learn.count_registries": ("{n} register", "{n} registre"),
    # a registry's own template that says a plural message with t()
    "err.template_plural": 'meldingen \'{key}\' sier et antall og har én form for entall og én for flertall: skriv tn("{key}", antallet) i stedet for t("{key}", ...)',
}
