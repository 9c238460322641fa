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
    # review
    "help.review": (
        "Forsvar eller fjern: udvalget gennemgår reglerne én ad gangen og træffer en afgørelse "
        "for hver. 'regelsyn review [ID'er]' starter et møde; 'review list', 'review show' og "
        "'review render' viser tidligere møder."
    ),
    "help.review_run": (
        "Hold et gennemgangsmøde. Uden ID'er tages de regler, der skal gennemgås (--due: datoen "
        "er nået, eller de er aldrig gennemgået). Kladden gemmes efter hver afgørelse; fortsæt "
        "med --resume. Uden terminal: brug --decisions FIL."
    ),
    "ex.review": (
        'Eksempel: [bold]regelsyn review --participant "Anne Holm:ledelse:formand" '
        '--participant "Bo Jensen:medarbejdere:naestformand" --decided-by "Anne Holm '
        '(centerleder)"[/bold] · [bold]regelsyn review --decisions beslutninger.yaml[/bold]'
    ),
    "help.review_list": "Vis tidligere gennemgange med antal afgørelser og frigjorte timer.",
    "ex.review_list": "Eksempel: [bold]regelsyn review list[/bold]",
    "help.review_show": "Vis én gennemgang: referatet (md), YAML eller JSON.",
    "ex.review_show": "Eksempel: [bold]regelsyn review show 2026-11-22[/bold]",
    "help.review_render": (
        "Dan referatet reviews/ID.md igen ud fra reviews/ID.yaml og skabelonerne. Filen er "
        "uændret, hvis intet er ændret."
    ),
    "ex.review_render": "Eksempel: [bold]regelsyn review render 2026-11-22[/bold]",
    "help.template": "Se de indbyggede skabeloner, og kopiér en til registret for at tilpasse den.",
    "help.template_list": "Vis skabelonerne, og om registret har sin egen udgave.",
    "ex.template_list": "Eksempel: [bold]regelsyn template list[/bold]",
    "help.template_export": (
        "Kopiér en indbygget skabelon til registrets templates/, hvor den kan rettes. Registrets "
        "udgave bruges derefter i stedet for den indbyggede."
    ),
    "ex.template_export": "Eksempel: [bold]regelsyn template export review.md.j2[/bold]",
    "opt.review_ids": "De regler, der skal gennemgås (ellers dem, der skal gennemgås nu).",
    "opt.review_due": "Kun regler, hvis gennemgang er nået eller aldrig er sket (standard).",
    "opt.review_all": "Alle regler, der ikke er fjernet.",
    "opt.review_date": "Mødets dato (ÅÅÅÅ-MM-DD; standard: i dag).",
    "opt.participant": (
        "Deltager som 'Navn:side[:rolle]'; side er ledelse, medarbejdere eller politikere, rolle "
        "fx formand, naestformand, tillidsrepraesentant, amr. Kan gentages."
    ),
    "opt.decided_by": "Den, der har kompetencen til at træffe afgørelsen, fx 'Anne Holm (centerleder)'.",
    "opt.decisions": "Anvend afgørelserne i denne YAML-fil (alt eller intet).",
    "opt.resume": "Fortsæt det åbne møde fra kladden.",
    "opt.abandon": "Kassér det åbne mødes kladde.",
    "opt.review_id": "Gennemgangens id (fx 2026-11-22).",
    "opt.template_name": "Skabelonens navn, fx review.md.j2.",
    "opt.force": "Overskriv registrets egen udgave.",
    "err.bad_participant": (
        "'{value}' er ikke en deltager. Skriv 'Navn:side' eller 'Navn:side:rolle', hvor side er "
        "en af: {sides}."
    ),
    "err.no_decisions_file": "Filen {path} findes ikke.",
    "err.no_such_review": "Der er ingen gennemgang med id '{id}'.",
    "hint.review_list": "Se dem med 'regelsyn review list'.",
    "err.record_exists": "{path} findes allerede; regelsyn overskriver den ikke.",
    "err.due_and_all": "Vælg enten --due eller --all, ikke begge.",
    "err.open_session": (
        "Der er et åbent møde ({path}). Fortsæt det med 'regelsyn review --resume', eller kassér "
        "det med 'regelsyn review --abandon'."
    ),
    "err.no_open_session": "Der er intet åbent møde at fortsætte.",
    "err.review_no_terminal": (
        "Der er ingen terminal at holde mødet i. Skriv afgørelserne i en fil og kør "
        "'regelsyn review --decisions FIL' (formatet står i README)."
    ),
    "err.draft_rules_gone": (
        "Kladden nævner regler, der ikke længere findes: {ids}. Kassér kladden med "
        "'regelsyn review --abandon'."
    ),
    "err.no_such_template": "Der er ingen indbygget skabelon '{name}'. Skabelonerne er: {names}.",
    "err.template_exists": "{path} findes allerede. Brug --force for at overskrive den.",
    "review.note_merged": "Lagt sammen med {into}.",
    "review.case_note": "Besluttet på gennemgangen {review}: sendes videre til det niveau, der ejer reglen.",
    "review.nothing_due": "Ingen regler skal gennemgås nu. Brug --all eller angiv ID'er.",
    "review.resuming": "Fortsætter mødet: {done} af {total} regler er afgjort.",
    "review.all_decided": "Alle regler er gennemgået ({count} afgørelser).",
    "review.confirm_save": "Gem gennemgangen, opdatér reglerne og skriv referatet nu?",
    "review.kept_draft": "Intet er gemt endnu; kladden er bevaret. Fortsæt med 'regelsyn review --resume'.",
    "review.interrupted": "Mødet er afbrudt. Afgørelserne indtil nu er gemt i kladden; fortsæt med 'regelsyn review --resume'.",
    "review.abandoned": "Kladden til det åbne møde er kasseret.",
    "review.recorded": "Gennemgangen {id} er gemt med {count} afgørelser. Referat: {path}",
    "review.case_opened": "Sag oprettet: {path}",
    "review.next": "Læs referatet igennem, få det godkendt af formand og næstformand, og commit ændringerne: {path}",
    "review.none": "Der er ingen gennemgange endnu.",
    "review.rendered": "Referatet er skrevet: {path}",
    "review.render_unchanged": "Referatet er uændret: {path}",
    "template.own": "registrets egen",
    "template.builtin": "indbygget",
    "template.exported": "Skabelonen er kopieret til {path}; ret den dér.",
    # decisions
    "check.d_unknown_rule": "der er ingen regel med id '{id}'",
    "check.d_not_dispensable": (
        "'{verdict}' er ikke muligt: reglen hører under {level}, som ikke kan give dispensation. "
        "Forsvar reglen, eller udskyd den; går jeres lokale praksis ud over kravet, så registrér "
        "den lokale del som sin egen regel med kravet som gulv"
    ),
    "check.d_not_own": (
        "'{verdict}' er ikke muligt: reglen ejes af {level}, ikke af arbejdspladsen. Brug "
        "escalate med recommend: remove, amend eller trial"
    ),
    "check.d_is_own": (
        "'{verdict}' er ikke muligt: arbejdspladsen ejer selv reglen og afgør den her (defend, "
        "amend, merge, remove eller defer)"
    ),
    "check.d_no_floor": "reduce_to_floor kræver, at reglen har et gulv (floor)",
    "check.d_defend_no_premise": (
        "en regel kan kun forsvares med mindst én dokumenteret præmis: angiv premises med "
        "purpose, effect eller legal_certainty"
    ),
    "check.d_defend_no_effect": "registrets politik kræver dokumenteret effekt for at forsvare en regel",
    "check.d_needs_text": "{verdict} kræver den nye ordlyd (text)",
    "check.d_needs_into": "{verdict} kræver den regel, den lægges sammen med (into)",
    "check.d_needs_recommend": "{verdict} kræver en anbefaling (recommend: remove, amend eller trial)",
    "check.d_needs_reason": "{verdict} kræver en begrundelse (reason)",
    "check.d_merge_self": "en regel kan ikke lægges sammen med sig selv",
    "check.d_needs_minority": "ved uenighed skal mindretallets udtalelse med (minority)",
    "check.d_no_participants": "mødets deltagere mangler (participants)",
    "check.d_no_decider": "den, der træffer afgørelsen, mangler (decided_by)",
    "check.d_duplicate": "reglen '{id}' har allerede en afgørelse i denne fil",
    # meeting
    "meet.triage_title": "Reglerne på dagsordenen, sorteret efter hvad udvalget kan gøre",
    "meet.participants_intro": (
        "Hvem deltager? Skriv én deltager ad gangen som Navn:side[:rolle] (side: ledelse, "
        "medarbejdere eller politikere). Tom linje, når alle er med."
    ),
    "meet.participant": "Deltager {number}",
    "meet.decided_by": "Hvem har kompetencen til at træffe afgørelsen? (fx Anne Holm (centerleder))",
    "meet.rule_heading": "Regel {number} af {total}: {title}",
    "meet.group_own": "Arbejdspladsen ejer selv reglen og kan forsvare, ændre, lægge sammen eller fjerne den.",
    "meet.group_floor": (
        "Reglen er en lokal udvidelse af et højere krav. Arbejdspladsen kan selv skære ned til "
        "gulvet eller fjerne den lokale del."
    ),
    "meet.group_send_on": (
        "Reglen ejes højere oppe. Udvalget kan forsvare den eller sende den videre med en anbefaling."
    ),
    "meet.group_not_dispensable": "Reglen bygger på EU-ret, som der ikke kan gives dispensation fra.",
    "meet.eu_hint": (
        "Ingen præmis er dokumenteret, men EU-ret kan ikke fjernes herfra. Skriv formålet ind, "
        "eller udskyd afgørelsen."
    ),
    "meet.premises_intro": (
        "Er reglens præmisser dokumenteret? Skriv dokumentationen, tryk Enter for at beholde det "
        "viste, eller skriv - for 'ikke dokumenteret'."
    ),
    "meet.q_purpose": "Formål",
    "meet.q_effect": "Effekt",
    "meet.q_legal_certainty": "Retssikkerhed",
    "meet.verdict": "Afgørelse (nummer eller navn)",
    "meet.new_text": "Ny ordlyd",
    "meet.floor_text": "Ordlyd efter nedskæring til gulvet",
    "meet.hours_after": "Timer om året bagefter, hvis kendt (kan udelades)",
    "meet.into": "Læg sammen med regel (id)",
    "meet.recommend": "Anbefaling til den, der ejer reglen",
    "meet.reason": "Hvorfor udskydes afgørelsen?",
    "meet.grounds": "Begrundelse (kan udelades)",
    "meet.stance": "Udvalgets holdning",
    "meet.minority": "Mindretallets udtalelse",
    "meet.action_owner": "Hvem følger op? (kan udelades)",
    "meet.action_due": "Frist for opfølgning ÅÅÅÅ-MM-DD",
    # the decision log
    "log.generated": (
        "Genereret af regelsyn ud fra reviews/{id}.yaml. Ret ikke i denne fil; kør "
        "'regelsyn review render {id}'."
    ),
    "log.title": "Referat: forsvar eller fjern, {workplace}",
    "log.intro": (
        "Udvalget har gennemgået arbejdspladsens egne regler og dokumentationskrav. En regel "
        "bliver kun, hvis den kan forsvares ud fra dokumenteret formål, effekt eller borgernes "
        "retssikkerhed. Regler, som arbejdspladsen ikke selv ejer, sendes videre til det "
        "niveau, der kan ændre dem."
    ),
    "log.workplace": "Arbejdsplads",
    "log.committee": "Udvalg",
    "log.date": "Dato",
    "log.decided_by": "Afgørelsen træffes af",
    "log.participants": "Deltagere",
    "log.summary": "Kort fortalt",
    "log.verdict": "Afgørelse",
    "log.count": "Antal",
    "log.freed": "Frigjort tid: {hours} timer om året.",
    "log.no_decisions": "Der blev ikke truffet afgørelser.",
    "log.triage": "Reglerne på dagsordenen",
    "log.triage_intro": "Reglerne er sorteret efter, hvem der kan ændre dem.",
    "log.group": "Hvem kan ændre den",
    "log.decisions": "Afgørelserne",
    "log.recommend": "anbefaling: {what}",
    "log.merged_into": "lagt sammen med `{into}`",
    "log.grounds": "Begrundelse",
    "log.reason": "Hvorfor udskudt",
    "log.new_text": "Ny ordlyd",
    "log.freed_one": "Frigør {hours} timer om året.",
    "log.stance": "Udvalgets holdning",
    "log.minority": "mindretalsudtalelse",
    "log.action": "Opfølgning",
    "log.action_line": "{owner}, senest {due}",
    "log.escalations": "Sendt videre",
    "log.escalations_intro": (
        "Disse regler ejes ikke af arbejdspladsen. Udvalgets anbefaling sendes til det niveau, "
        "der ejer dem; svaret registreres på sagen."
    ),
    "log.escalation_line": "sag {case}, anbefaling: {what}",
    "log.approval": "Godkendelse",
    "log.approval_intro": "Referatet godkendes af formand og næstformand og gøres tilgængeligt for alle medarbejdere.",
    "log.role": "Rolle",
    "log.name": "Navn",
    "log.signature": "Underskrift",
    "log.hours_freed": "Frigjort (timer/år)",
    "side.ledelse": "Ledelse",
    "side.medarbejdere": "Medarbejdere",
    "side.politikere": "Politikere",
    "role.formand": "formand",
    "role.naestformand": "næstformand",
    "role.tillidsrepraesentant": "tillidsrepræsentant",
    "role.amr": "arbejdsmiljørepræsentant",
    "verdict.defend": "forsvaret",
    "verdict.amend": "ændret",
    "verdict.reduce_to_floor": "skåret ned til gulvet",
    "verdict.merge": "lagt sammen",
    "verdict.remove": "fjernet",
    "verdict.escalate": "sendt videre",
    "verdict.defer": "udskudt",
    "recommend.remove": "fjern reglen",
    "recommend.amend": "ændr reglen",
    "recommend.trial": "forsøg med dispensation",
    "stance.agreement": "enighed",
    "stance.disagreement": "uenighed",
    "group.own": "Egen kompetence",
    "group.floor": "Lokal udvidelse af et højere krav",
    "group.send_on": "Sendes videre",
    "group.not_dispensable": "Kan ikke dispenseres (EU)",
}
