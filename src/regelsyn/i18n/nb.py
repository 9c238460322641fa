"""Norsk bokmål."""

MESSAGES: dict[str, str] = {
    # etiketter
    "label.error": "Feil",
    "label.warning": "Advarsel",
    # hjelp
    "help.app": (
        "regelsyn: forsvar eller fjern. Gå gjennom arbeidsplassens egne regler og "
        "dokumentasjonskrav i MED/SU eller partssammensatt utvalg, bruk utfordringsretten, og "
        "send det arbeidsplassen ikke selv eier, videre til det nivået som gjør det."
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
    "err.changed_on_disk_draft": (
        "{path} er blitt endret av noen andre mens du redigerte. Utkastet ditt er lagret i "
        "{draft}; sammenlign og kjør 'regelsyn rule edit' på nytt."
    ),
    "err.empty_file": "filen er tom",
    "err.not_mapping": (
        "filen skal inneholde felter (nøkkel: verdi), ikke en liste eller en enkelt verdi"
    ),
    "err.os": "filen kan ikke leses: {reason}",
    "err.outside": "{path} ligger utenfor registeret ({root}); det er ikke tillatt.",
    "err.template": "Malen {where} kan ikke brukes: {reason}",
    "err.unexpected": (
        "Noe uventet gikk galt ({kind}: {reason}). Ingenting har gått tapt. Kjør på nytt med "
        "--debug for detaljer, og meld fra om feilen."
    ),
    "err.fix_and_retry": (
        "Rett feilene ovenfor, og kjør kommandoen på nytt ('regelsyn check' viser alle)."
    ),
    "err.interrupted": "Avbrutt. Ingenting halvveis skrevet er lagret.",
    "err.no_terminal": (
        "Det finnes ingen terminal å stille spørsmål i. Oppgi opplysningene som flagg: {flags}."
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
    "y.tab": "det er brukt tabulator til innrykk; YAML krever mellomrom",
    "y.duplicate_key": "nøkkelen '{key}' står to ganger (første gang på linje {first})",
    "y.roundtrip": "regelsyn klarte ikke å skrive filen slik at den kan leses igjen med samme innhold; ingenting er skrevet. Meld gjerne fra om feilen.",
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
        "regelen står som forsvart uten dokumentert effekt, som registerets policy krever"
    ),
    "check.review_overdue": "gjennomgangen skulle vært {date} ({days} dager siden)",
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
    "init.comment.review": "Måneder til neste gjennomgang; defend_requires: one eller effect.",
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
    "prompt.choose": "Velg et nummer eller en av: {choices}",
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
    "help.review": (
        "Forsvar eller fjern: utvalget går gjennom reglene én om gangen og treffer en avgjørelse "
        "for hver. 'regelsyn review [ID-er]' starter et møte; 'review list', 'review show' og "
        "'review render' viser tidligere møter."
    ),
    "help.review_run": (
        "Hold et gjennomgangsmøte. Uten ID-er tas de reglene som skal gjennomgås (--due: datoen "
        "er nådd, eller de er aldri gjennomgått). Utkastet lagres etter hver avgjørelse; fortsett "
        "med --resume. Uten terminal: bruk --decisions FIL."
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
    "review.case_note": (
        "Besluttet på gjennomgangen {review}: sendes videre til det nivået som eier regelen."
    ),
    "review.nothing_due": "Ingen regler skal gjennomgås nå. Bruk --all eller oppgi ID-er.",
    "review.resuming": "Fortsetter møtet: {done} av {total} regler er avgjort.",
    "review.all_decided": "Alle reglene er gjennomgått ({count} avgjørelser).",
    "review.confirm_save": "Lagre gjennomgangen, oppdatere reglene og skrive referatet nå?",
    "review.kept_draft": (
        "Ingenting er lagret ennå; utkastet er beholdt. Fortsett med 'regelsyn review --resume'."
    ),
    "review.interrupted": "Møtet er avbrutt. Vedtakene så langt er lagret i utkastet; fortsett med 'regelsyn review --resume'.",
    "review.abandoned": "Utkastet til det åpne møtet er forkastet.",
    "review.recorded": "Gjennomgangen {id} er lagret med {count} avgjørelser. Referat: {path}",
    "review.case_opened": "Sak opprettet: {path}",
    "review.next": (
        "Les gjennom referatet, få det godkjent av leder og nestleder, og commit endringene: {path}"
    ),
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
    # møte
    "meet.triage_title": "Reglene på sakslisten, sortert etter hva utvalget kan gjøre",
    "meet.participants_intro": (
        "Hvem deltar? Skriv én deltaker om gangen som Navn:side[:rolle] (side: ledelse, "
        "medarbejdere eller politikere). Tom linje når alle er med."
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
    "meet.premises_intro": (
        "Er regelens premisser dokumentert? Skriv dokumentasjonen, trykk Enter for å beholde det "
        "som vises, eller skriv - for 'ikke dokumentert'."
    ),
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
    "log.new_text": "Ny ordlyd",
    "log.freed_one": "Frigjør {hours} timer i året.",
    "log.stance": "Utvalgets standpunkt",
    "log.minority": "mindretallsmerknad",
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
}
