"""Dansk (standard)."""

MESSAGES: dict[str, str] = {
    # labels
    "label.error": "Fejl",
    "label.warning": "Advarsel",
    # help
    "help.app": (
        "regelsyn: forsvar eller fjern. Gennemgå arbejdspladsens egne regler og "
        "dokumentationskrav i MED/SU, brug udfordringsretten, og send det, arbejdspladsen ikke "
        "selv ejer, videre til det niveau, der gør."
    ),
    "ex.app": (
        "Eksempler: [bold]regelsyn init --example demo[/bold] · "
        "[bold]regelsyn -C demo rule list[/bold] · [bold]regelsyn -C demo check[/bold]"
    ),
    "help.init": (
        "Opret et nyt register: regelsyn.yaml med myndighedsstigen for jeres type arbejdsplads, "
        "mappen rules/ og .gitignore. Kører git init, medmindre mappen allerede er i et "
        "git-repository."
    ),
    "ex.init": (
        "Eksempel: [bold]regelsyn init solhaven --preset dk-kommune "
        '--workplace "Plejecenter Solhaven"[/bold] · '
        "eller en kopi af eksempelregistret: [bold]regelsyn init demo --example[/bold]"
    ),
    "help.rule": "Registrér, vis, find og ret regler og dokumentationskrav.",
    "ex.rule": "Eksempel: [bold]regelsyn rule list --status active[/bold]",
    "help.rule_add": (
        "Registrér en regel eller et dokumentationskrav. Uden --title, --kind, --text og "
        "--owner-level spørger regelsyn om felterne ét ad gangen."
    ),
    "ex.rule_add": (
        'Eksempel: [bold]regelsyn rule add --title "Daglig rengøringslog" --kind documentation '
        '--text "Personalet kvitterer for hver rengøring." --owner-level arbejdsplads '
        "--minutes 4 --per-year 730 --people 12 --tag hygiejne[/bold]"
    ),
    "help.rule_list": (
        "Vis reglerne som tabel, JSON eller CSV. Filtre kan kombineres. --due-before tager "
        "også regler med, der aldrig er gennemgået."
    ),
    "ex.rule_list": (
        "Eksempel: [bold]regelsyn rule list --owner arbejdsplads --due-before 2027-01-01[/bold] · "
        "[bold]regelsyn rule list --format csv > regler.csv[/bold]"
    ),
    "help.rule_show": "Vis én regel: som panel, JSON, YAML eller Markdown.",
    "ex.rule_show": "Eksempel: [bold]regelsyn rule show rengoering-log --format md[/bold]",
    "help.rule_edit": (
        "Ret en regel. Med flag ændres felterne direkte i filen (kommentarer og opstilling "
        "bevares). Uden flag åbnes filen i $EDITOR; den gemmes først, når den er gyldig, og den "
        "tidligere udgave går aldrig tabt."
    ),
    "ex.rule_edit": (
        'Eksempel: [bold]regelsyn rule edit rengoering-log --effect "Ingen fund ved tilsyn '
        '2023-2025 (tilsynsrapporter)"[/bold] · [bold]regelsyn rule edit rengoering-log[/bold]'
    ),
    "help.check": (
        "Kontrollér hele registret: fejl (exit 1) og advarsler (exit 0, eller 1 med --strict). "
        "Hvert fund vises som fil:linje:kolonne: felt: besked."
    ),
    "ex.check": "Eksempel: [bold]regelsyn check --strict[/bold] · [bold]regelsyn check --format json[/bold]",
    "help.schema": (
        "Skriv JSON Schema for regelsyn.yaml og regelfiler, så editorer kan foreslå felter og "
        "finde fejl, mens man skriver."
    ),
    "ex.schema": "Eksempel: [bold]regelsyn schema --out schemas[/bold]",
    # options
    "opt.registry": "Registrets mappe (ellers REGELSYN_REGISTRY eller nærmeste mappe opad med regelsyn.yaml).",
    "opt.lang": "Sprog for beskeder: da, nb eller en (ellers REGELSYN_LANG eller registrets sprog).",
    "opt.debug": "Vis hele den tekniske fejlbeskrivelse (traceback) ved uventede fejl.",
    "opt.version": "Vis versionen og afslut.",
    "opt.init_dir": "Mappen, der skal blive et register (oprettes om nødvendigt).",
    "opt.preset": "Myndighedsstige: dk-kommune, dk-region, dk-stat eller no-kommune.",
    "opt.workplace": "Arbejdspladsens navn.",
    "opt.organisation": "Kommunen, regionen eller institutionen.",
    "opt.committee": "Udvalgets navn, fx 'Lokal-MED Plejecenter Solhaven'.",
    "opt.language": "Registrets sprog: da, nb eller en.",
    "opt.example": "Kopiér eksempelregistret (Plejecenter Solhaven) i stedet for et tomt register.",
    "opt.no_git": "Kør ikke git init.",
    "opt.title": "Regelens titel.",
    "opt.kind": "Type: rule, documentation, registration, reporting, approval eller measurement.",
    "opt.text": "Regelens ordlyd.",
    "opt.owner_level": "Det niveau på myndighedsstigen, der ejer reglen (et id fra regelsyn.yaml).",
    "opt.owner_body": "Organet på det niveau, fx 'Centerledelsen'.",
    "opt.legal_basis": "Hjemmel, fx 'Sundhedsloven § 119'.",
    "opt.floor": "Hvad en højere regel kræver under alle omstændigheder (gulvet).",
    "opt.adopted": "Dato for vedtagelse (ÅÅÅÅ-MM-DD).",
    "opt.applies": "Hvem reglen gælder for (kan gentages).",
    "opt.purpose": "Formål, med dokumentationen for det.",
    "opt.effect": "Dokumenteret effekt, med kilde.",
    "opt.legal_certainty": "Hvilken retssikkerhed for borgerne reglen beskytter.",
    "opt.minutes": "Minutter pr. gang.",
    "opt.per_year": "Antal gange om året pr. person.",
    "opt.people": "Antal personer, der gør det.",
    "opt.use": "Hvem bruger resultatet, og til hvad (for målinger og indberetninger).",
    "opt.tag": "Emneord (kan gentages).",
    "opt.next_review": "Dato for næste gennemgang (ÅÅÅÅ-MM-DD).",
    "opt.id": "Id (ellers dannet af titlen).",
    "opt.status": "Status: active, defended, amended, removed, suspended eller escalated.",
    "opt.f_status": "Kun regler med denne status.",
    "opt.f_kind": "Kun regler af denne type.",
    "opt.f_owner": "Kun regler ejet på dette niveau.",
    "opt.f_tag": "Kun regler med dette emneord.",
    "opt.due_before": "Kun regler, der skal gennemgås før denne dato (og aldrig gennemgåede).",
    "opt.format": "Format: table, json eller csv.",
    "opt.show_format": "Format: table, json, yaml eller md.",
    "opt.rule_id": "Regelens id (filnavnet uden .yaml).",
    "opt.strict": "Behandl advarsler som fejl (exit 1).",
    "opt.check_format": "Format: text eller json.",
    "opt.schema_out": "Mappe til skemaerne (standard: schemas/ i registret).",
    # errors
    "err.no_registry": (
        "Der er intet register her: hverken {path} eller en mappe over den indeholder "
        "regelsyn.yaml."
    ),
    "err.no_registry_at": "Der er intet register i {path}: mappen indeholder ikke regelsyn.yaml.",
    "hint.init": (
        "Opret et med 'regelsyn init MAPPE', eller peg på et eksisterende med "
        "'regelsyn -C MAPPE …'."
    ),
    "err.registry_exists": (
        "Der er allerede et register: {path} findes. regelsyn overskriver det ikke; vælg en "
        "anden mappe."
    ),
    "err.not_a_folder": "{path} er en fil, ikke en mappe.",
    "err.example_clash": (
        "Eksempelregistret kan ikke kopieres til {path}, fordi der allerede findes: {parts}. "
        "Vælg en tom mappe."
    ),
    "err.bad_id": (
        "'{id}' er ikke et gyldigt id: brug små bogstaver a-z, tal og bindestreg, højst 64 tegn."
    ),
    "err.no_such_rule": "Der er ingen regel med id '{id}'.",
    "hint.rule_list": "Se alle id'er med 'regelsyn rule list'.",
    "err.rule_exists": "Der findes allerede en regel med id '{id}' ({path}). Vælg et andet id.",
    "err.unknown_level": ("'{level}' er ikke et niveau i regelsyn.yaml. Niveauerne er: {known}."),
    "err.unknown_level_hint": (
        "'{level}' er ikke et niveau i regelsyn.yaml (mente du '{hint}'?). Niveauerne er: {known}."
    ),
    "err.bad_date": "{flag}: '{value}' er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2027-03-01.",
    "err.bad_today": "REGELSYN_TODAY='{value}' er ikke en dato (ÅÅÅÅ-MM-DD).",
    "err.changed_on_disk": (
        "{path} er blevet ændret af en anden, mens kommandoen kørte. Intet er skrevet; kør "
        "kommandoen igen."
    ),
    "err.changed_on_disk_draft": (
        "{path} er blevet ændret af en anden, mens du redigerede. Din kladde er gemt i {draft}; "
        "sammenlign og kør 'regelsyn rule edit' igen."
    ),
    "err.empty_file": "filen er tom",
    "err.not_mapping": "filen skal indeholde felter (nøgle: værdi), ikke en liste eller en enkelt værdi",
    "err.os": "filen kan ikke læses: {reason}",
    "err.outside": "{path} ligger uden for registret ({root}); det er ikke tilladt.",
    "err.template": "Skabelonen {where} kan ikke bruges: {reason}",
    "err.unexpected": (
        "Noget uventet gik galt ({kind}: {reason}). Intet er gået tabt. Kør igen med --debug "
        "for detaljer, og meld fejlen."
    ),
    "err.fix_and_retry": "Ret fejlene ovenfor, og kør kommandoen igen ('regelsyn check' viser alle).",
    "err.interrupted": "Afbrudt. Intet halvt skrevet er gemt.",
    "err.no_terminal": (
        "Der er ingen terminal at stille spørgsmål i. Angiv oplysningerne som flag: {flags}."
    ),
    "err.no_editor": (
        "Ingen editor fundet. Sæt EDITOR (fx EDITOR=nano), eller ret felter med flag, fx "
        "'regelsyn rule edit ID --purpose ...'."
    ),
    # YAML
    "y.bad_date": "'{value}' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)",
    "y.tag": "mærket '{tag}' er ikke tilladt i regelsyn-filer",
    "y.too_big": "filen fylder {size} byte; grænsen er {limit}",
    "y.not_utf8": "filen er ikke UTF-8; gem den som UTF-8",
    "y.not_utf8_cp1252": "filen er ikke UTF-8 (den ligner Windows-1252/latin-1); gem den som UTF-8",
    "y.tab": "der er brugt tabulator til indrykning; YAML kræver mellemrum",
    "y.duplicate_key": "nøglen '{key}' står to gange (første gang i linje {first})",
    "y.roundtrip": "regelsyn kunne ikke skrive filen, så den kan læses igen med samme indhold; intet er skrevet. Meld venligst fejlen.",
    "y.syntax": "ugyldig YAML: {problem}",
    # validation
    "v.missing": "skal udfyldes",
    "v.extra": "ukendt felt '{key}'. Tilladte felter: {known}",
    "v.extra_hint": "ukendt felt '{key}' (mente du '{hint}'?)",
    "v.string_type": "skal være tekst, ikke {value}",
    "v.string_too_short": "må ikke være tom",
    "v.int": "skal være et helt tal, ikke {value}",
    "v.float": "skal være et tal, ikke {value}",
    "v.bool": "skal være true eller false, ikke {value}",
    "v.date": "skal være en dato som ÅÅÅÅ-MM-DD, ikke {value}",
    "v.list": "skal være en liste, fx [a, b], ikke {value}",
    "v.mapping": "skal være felter (nøgle: værdi), ikke {value}",
    "v.ge": "skal være mindst {ge}, ikke {value}",
    "v.le": "må højst være {le}, ikke {value}",
    "v.too_short": "skal have mindst {min_length} element(er)",
    "v.slug": "{value} er ikke et gyldigt id: brug små bogstaver a-z, tal og bindestreg, højst 64 tegn",
    "v.literal": "{value} er ikke tilladt; vælg en af: {expected}",
    "v.date_answer": "'{value}' er ikke en dato. Skriv ÅÅÅÅ-MM-DD, fx 2027-03-01.",
    "v.number_answer": "'{value}' er ikke et tal.",
    "v.int_answer": "'{value}' er ikke et helt tal.",
    "v.negative_answer": "'{value}' må ikke være negativ.",
    # check
    "check.ok": "Registret er i orden: {rules} regler, ingen fejl eller advarsler.",
    "check.summary": "{errors} fejl og {warnings} advarsler i {rules} regler.",
    "check.stray_file": "filen læses ikke: regelfiler skal ende på .yaml",
    "check.duplicate_level": "niveauet '{id}' står flere gange i myndighedsstigen",
    "check.unknown_local_level": "'{level}' er ikke et af niveauerne under levels",
    "check.unknown_local_level_hint": "'{level}' er ikke et af niveauerne under levels (mente du '{hint}'?)",
    "check.id_mismatch": "id '{id}' skal være det samme som filnavnet ('{stem}')",
    "check.unknown_level": "'{level}' er ikke et niveau i regelsyn.yaml",
    "check.unknown_level_hint": "'{level}' er ikke et niveau i regelsyn.yaml (mente du '{hint}'?)",
    "check.duplicate_id": "id '{id}' bruges også i {others}",
    "check.no_premise": (
        "ingen præmis er dokumenteret (formål, effekt eller retssikkerhed); uden den er "
        "udgangspunktet at fjerne reglen"
    ),
    "check.defended_without_premise": (
        "reglen står som forsvaret, men ingen præmis er dokumenteret (formål, effekt eller "
        "retssikkerhed)"
    ),
    "check.defended_without_effect": (
        "reglen står som forsvaret uden dokumenteret effekt, som registrets politik kræver"
    ),
    "check.review_overdue": "gennemgangen skulle have været {date} ({days} dage siden)",
    "check.burden_unknown": "byrden er ukendt: udfyld minutes, per_year og people",
    # init
    "init.done": "Register oprettet i {path} ({files} filer og mapper).",
    "init.next": (
        "Næste skridt: tilpas myndighedsstigen i regelsyn.yaml, registrér regler med "
        "'regelsyn -C {path} rule add', og kontrollér med 'regelsyn -C {path} check'."
    ),
    "init.git_done": "git-repository oprettet.",
    "init.git_inside": "Mappen ligger allerede i et git-repository; git init er ikke kørt.",
    "init.git_missing": "git blev ikke fundet; registret er oprettet uden git.",
    "init.header": (
        "regelsyn: registrets indstillinger (skabelon: {preset}). Tilpas navnene, så de passer "
        "til jeres organisation."
    ),
    "init.comment.local_level": "Regler ejet på dette niveau kan arbejdspladsen selv fjerne.",
    "init.comment.levels": (
        "Myndighedsstigen, nærmeste niveau først. response_days: frist for svar på en sag."
    ),
    "init.comment.review": "Måneder til næste gennemgang; defend_requires: one eller effect.",
    # rule
    "rule.added": "Reglen '{id}' er registreret i {path}.",
    "rule.added_next": "Se den med 'regelsyn rule show {id}'.",
    "rule.edited": "Reglen '{id}' er rettet: {fields}.",
    "rule.saved": "Reglen '{id}' er gemt ({path}).",
    "rule.unchanged": "Ingen ændringer i '{id}'; filen er uændret.",
    "rule.list_empty": "Ingen regler matcher.",
    "rule.list_total": "{count} regler, i alt {hours} timer om året.",
    "rule.list_skipped": "{count} regelfil(er) kunne ikke læses og er udeladt.",
    "edit.resume_draft": "Fortsætter med din tidligere kladde: {path}",
    "edit.editor_failed": "Editoren sluttede med fejlkode {code}. Din kladde er i {path}.",
    "edit.reopen": "Filen er ikke gyldig. Vil du åbne den igen og rette?",
    "edit.kept_draft": (
        "Reglen er ikke ændret. Din kladde er gemt i {path}; kør 'regelsyn rule edit {id}' for "
        "at fortsætte med den."
    ),
    # prompts
    "q.title": "Titel",
    "q.kind": "Type (nummer eller navn)",
    "q.text": "Ordlyd",
    "q.owner_level": "Hvem ejer reglen (nummer eller id)",
    "q.owner_body": "Organ (fx Centerledelsen, kan udelades)",
    "q.legal_basis": "Hjemmel (kan udelades)",
    "q.legal_basis_help": "Den lov, bekendtgørelse eller overenskomst, reglen bygger på, fx 'Sundhedsloven § 119'.",
    "q.floor": "Gulv (kan udelades)",
    "q.floor_help": "Hvis reglen er en lokal udvidelse: hvad kræver den højere regel under alle omstændigheder?",
    "q.purpose": "Formål (kan udelades)",
    "q.effect": "Effekt (kan udelades)",
    "q.effect_help": "Dokumenteret effekt, med kilde, fx 'Faldraten faldt 18 % 2021-2023 (kvalitetsrapport)'.",
    "q.legal_certainty": "Retssikkerhed (kan udelades)",
    "q.minutes": "Minutter pr. gang (kan udelades)",
    "q.per_year": "Gange om året pr. person (kan udelades)",
    "q.people": "Antal personer (kan udelades)",
    "q.tags": "Emneord, adskilt af komma (kan udelades)",
    "q.next_review": "Næste gennemgang ÅÅÅÅ-MM-DD (kan udelades)",
    "prompt.required": "Dette felt skal udfyldes.",
    "prompt.choose": "Vælg et nummer eller en af: {choices}",
    "prompt.gave_up": "Intet gyldigt svar på '{label}'; intet er gemt.",
    "prompt.yes_no_default_yes": "[J/n]",
    "prompt.yes_no_default_no": "[j/N]",
    "prompt.yes_letters": "jy",
    # fields
    "f.field": "Felt",
    "f.value": "Værdi",
    "f.id": "Id",
    "f.title": "Titel",
    "f.kind": "Type",
    "f.status": "Status",
    "f.owner": "Ejer",
    "f.legal_basis": "Hjemmel",
    "f.floor": "Gulv",
    "f.adopted": "Vedtaget",
    "f.applies_to": "Gælder for",
    "f.premises": "Præmisser",
    "f.purpose": "Formål",
    "f.effect": "Effekt",
    "f.legal_certainty": "Retssikkerhed",
    "f.burden": "Byrde",
    "f.hours_per_year": "Timer/år",
    "f.use": "Brug af resultatet",
    "f.next_review": "Næste gennemgang",
    "f.tags": "Emneord",
    "col.next_review": "Gennemgås",
    "f.history": "Historik",
    "show.not_documented": "ikke dokumenteret",
    "show.burden_line": "{minutes} min × {per_year} gange om året × {people} personer = {hours} timer om året",
    "show.burden_unknown": "ukendt",
    # values
    "kind.rule": "regel",
    "kind.documentation": "dokumentation",
    "kind.registration": "registrering",
    "kind.reporting": "indberetning",
    "kind.approval": "godkendelse",
    "kind.measurement": "måling",
    "status.active": "gældende",
    "status.defended": "forsvaret",
    "status.amended": "ændret",
    "status.removed": "fjernet",
    "status.suspended": "suspenderet (forsøg)",
    "status.escalated": "sendt videre",
    "event.created": "registreret",
    "event.edited": "rettet",
    "event.reviewed": "gennemgået",
    "event.challenged": "udfordret",
    "event.escalated": "sendt videre",
    "event.decided": "afgjort",
    "event.imported": "importeret",
    # schema
    "schema.title_config": "regelsyn: registrets indstillinger (regelsyn.yaml)",
    "schema.title_rule": "regelsyn: regel eller dokumentationskrav (rules/<id>.yaml)",
    "schema.written": "Skrev {path}",
    "schema.hint": (
        "Sæt denne linje øverst i en regelfil for at få hjælp i editoren:\n"
        "# yaml-language-server: $schema={path}"
    ),
}
