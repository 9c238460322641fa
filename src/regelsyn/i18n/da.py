"""Dansk (standard)."""

MESSAGES: dict[str, str | tuple[str, ...]] = {
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
    "err.empty_file": "filen er tom",
    "err.not_mapping": "filen skal indeholde felter (nøgle: værdi), ikke en liste eller en enkelt værdi",
    "err.os": "filen kan ikke læses: {reason}",
    "err.outside": "{path} ligger uden for registret ({root}); det er ikke tilladt.",
    "err.link_outside": "filen er et link til {target}, som ligger uden for registret, og regelsyn læser ikke filer uden for registret; læg selve filen i registret i stedet for linket",
    "err.write_link": "{path} er et link (til {target}); regelsyn skriver ikke gennem et link og erstatter det heller ikke med en fil. Læg selve filen i registret i stedet for linket, og kør kommandoen igen.",
    "err.template": "Skabelonen {where} kan ikke bruges: {reason}",
    "err.template_limit_text": (
        "den laver en tekst på over {n} tegn",
        "den laver en tekst på over {n} tegn",
    ),
    "err.template_limit_items": (
        "den laver en liste med over {n} element",
        "den laver en liste med over {n} elementer",
    ),
    "err.template_limit_made": (
        "den laver over {n} tegn og listeelementer i alt",
        "den laver over {n} tegn og listeelementer i alt",
    ),
    "err.template_limit_output": ("den skriver over {n} tegn", "den skriver over {n} tegn"),
    "err.template_limit_loops": (
        "dens løkker kører over {n} gang i alt",
        "dens løkker kører over {n} gange i alt",
    ),
    "err.template_limit_calls": (
        "den kalder makroer over {n} gang i alt",
        "den kalder makroer over {n} gange i alt",
    ),
    "err.template_limit_depth": (
        "den går over {n} lag i dybden (makroer, include, import, extends, rekursive løkker eller lister i lister)",
        "den går over {n} lag i dybden (makroer, include, import, extends, rekursive løkker eller lister i lister)",
    ),
    "err.template_limit_range": (
        "den beder range() om over {n} tal",
        "den beder range() om over {n} tal",
    ),
    "err.template_limit_digits": (
        "den regner med tal på over {n} ciffer",
        "den regner med tal på over {n} cifre",
    ),
    "err.template_limit_memory": (
        "den bruger over {n} MB hukommelse",
        "den bruger over {n} MB hukommelse",
    ),
    "err.template_limit_seconds": (
        "den regner i over {n} sekund",
        "den regner i over {n} sekunder",
    ),
    "err.unexpected": (
        "Noget uventet gik galt ({kind}: {reason}). Intet er gået tabt. Kør igen med --debug "
        "for detaljer, og meld fejlen."
    ),
    # what the operating system refused, or what ran out (errors.system_error)
    "os.a_file": "en fil",
    "os.denied": "regelsyn fik ikke lov til at læse eller skrive {path} (adgang nægtet). Tjek, at du har ret til at skrive i registrets mappe, eller bed den, der ejer mappen, om adgang.",
    "os.read_only": "{path} ligger på et drev, der kun kan læses, så regelsyn kan ikke skrive der. Kør kommandoen i en kopi af registret, som du kan skrive i.",
    "os.disk_full": "Disken er fuld, så regelsyn kunne ikke skrive {path}. En fil skrives helt eller slet ikke, så ingen fil er halvt skrevet. Frigør plads, og kør kommandoen igen.",
    "os.quota": "Din plads på disken (din kvote) er brugt op, så regelsyn kunne ikke skrive {path}. Slet nogle filer, eller bed om mere plads, og kør kommandoen igen.",
    "os.missing": "{path} findes ikke (længere); den kan være flyttet eller slettet, mens kommandoen kørte. Tjek stien, og kør kommandoen igen.",
    "os.is_folder": "{path} er en mappe, men regelsyn skulle bruge en fil. Tjek stien, og kør kommandoen igen.",
    "os.not_folder": "En del af stien {path} er en fil, men skulle være en mappe. Tjek stien, og kør kommandoen igen.",
    "os.name_too_long": "Navnet er for langt til filsystemet: {path}. Vælg et kortere navn, eller læg registret i en mappe med en kortere sti.",
    "os.too_many_open": "Der er for mange filer åbne på én gang på denne maskine. Luk nogle programmer, og kør kommandoen igen.",
    "os.loop": "{path} er et link, der peger i ring (eller gennem alt for mange links). Ret eller slet linket, og kør kommandoen igen.",
    "os.io": "Disken kunne ikke læse eller skrive {path} (ind-/uddatafejl). Tjek disken eller netværksdrevet, og kør kommandoen igen.",
    "os.busy": "{path} er i brug af et andet program. Luk det, og kør kommandoen igen.",
    "os.other": "Systemet kunne ikke læse eller skrive {path} ({reason}). Tjek filen og mappen, og kør kommandoen igen.",
    "os.memory": "Der var ikke hukommelse nok til at gøre kommandoen færdig. Luk andre programmer, og kør den igen; er det et stort regneark, så del det op i flere filer.",
    "os.recursion": "regelsyn kom for dybt ned i noget, der er indlejret i sig selv (lister i lister i mange lag, eller en skabelon, der bruger sig selv), og stoppede. Find filen med 'regelsyn check', eller tjek registrets skabeloner i templates/.",
    "err.fix_and_retry": "Ret fejlene ovenfor, og kør kommandoen igen ('regelsyn check' viser alle).",
    "err.interrupted": "Afbrudt. Intet halvt skrevet er gemt.",
    "err.no_terminal": (
        "Der er ingen terminal at stille spørgsmål i. Angiv oplysningerne som flag: {flags}."
    ),
    "err.edit_no_terminal": (
        "Der er ingen terminal at åbne en editor i. Angiv ændringerne som flag, fx "
        "'regelsyn rule edit {id} --purpose \"…\"' ('regelsyn rule edit -h' viser alle flag)."
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
    "y.utf16": "filen er gemt som UTF-16 (Notesblok kalder det 'Unicode'); regelsyn læser kun UTF-8, så gem den som UTF-8",
    "y.conflict": "filen indeholder en uløst merge-konflikt fra git (linjer, der begynder med <<<<<<<, ======= eller >>>>>>>); ret teksten til den udgave, der skal gælde, og slet mærkelinjerne",
    "y.tab": "der er brugt tabulator til indrykning; YAML kræver mellemrum",
    "y.duplicate_key": "nøglen '{key}' står to gange (første gang i linje {first})",
    "y.alias_bomb": "filen udfolder sig til alt for mange værdier (aliaser, der gentager hinanden); den læses ikke",
    "y.roundtrip": "regelsyn kunne ikke skrive filen, så den kan læses igen med samme indhold; intet er skrevet. Meld venligst fejlen.",
    "y.colon": "der står ': ' et sted, hvor YAML ikke venter et nyt felt; sæt teksten i anførselstegn, hvis den selv indeholder ': '",
    "y.unclosed_list": "en liste, der begynder med [, slutter ikke med ]",
    "y.unclosed_braces": "en { ... } slutter ikke med }",
    "y.unclosed_quote": "et anførselstegn er ikke lukket",
    "y.escape": "'\\{char}' kan ikke stå i en tekst i dobbelte anførselstegn; brug enkelte anførselstegn eller skriv \\\\",
    "y.indent": "indrykningen passer ikke med linjerne ovenover (eller der står noget efter sidste felt)",
    "y.missing_colon": "der mangler et kolon efter et feltnavn",
    "y.undefined_alias": "*{name} henviser til et anker &{name}, der ikke findes; sæt teksten i anførselstegn, hvis den begynder med *",
    "y.bad_start": "en værdi kan ikke begynde med '{char}'; sæt den i anførselstegn",
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
    "v.too_short": ("skal have mindst {n} element", "skal have mindst {n} elementer"),
    "v.slug": "{value} er ikke et gyldigt id: brug små bogstaver a-z, tal og bindestreg, højst 64 tegn",
    "v.literal": "{value} er ikke tilladt; vælg en af: {expected}",
    "v.date_answer": "'{value}' er ikke en dato. Skriv ÅÅÅÅ-MM-DD, fx 2027-03-01.",
    "v.number_answer": "'{value}' er ikke et tal.",
    "v.int_answer": "'{value}' er ikke et helt tal.",
    "v.negative_answer": "'{value}' må ikke være negativ.",
    # check
    "check.ok": (
        "Registret er i orden: {n} regel, ingen fejl eller advarsler.",
        "Registret er i orden: {n} regler, ingen fejl eller advarsler.",
    ),
    "check.summary": "{errors} og {warnings} i {rules}.",
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
    "check.review_overdue": (
        "gennemgangen skulle have været {date} ({n} dag siden)",
        "gennemgangen skulle have været {date} ({n} dage siden)",
    ),
    "check.burden_unknown": "byrden er ukendt: udfyld minutes, per_year og people",
    # init
    "init.done": (
        "Register oprettet i {path} ({n} fil eller mappe).",
        "Register oprettet i {path} ({n} filer og mapper).",
    ),
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
    "rule.list_total": "{rules}, i alt {hours}.",
    "rule.list_skipped": (
        "{n} regelfil kunne ikke læses og er udeladt.",
        "{n} regelfiler kunne ikke læses og er udeladt.",
    ),
    "edit.resume_draft": "Fortsætter med din tidligere kladde: {path}",
    "edit.editor_failed": "Editoren sluttede med fejlkode {code}. Din kladde er i {path}.",
    "edit.reopen": "Filen er ikke gyldig. Vil du åbne den igen og rette?",
    "edit.merged": "{path} var ændret af en anden i mellemtiden; dine ændringer er lagt oven på den andens, og begge er bevaret (kommentarer, du skrev i kladden, er ikke taget med).",
    "edit.conflict": "{path} er ændret af en anden, siden du begyndte at redigere, og I har begge ændret: {fields}. Ingen af ændringerne er gået tabt: din kladde er i {draft}, og forskellen ses herunder. Tag den andens ændring med i kladden, og gem igen.",
    "edit.theirs": "{path} (nu, med den andens ændring)",
    "edit.mine": "din kladde",
    "edit.reopen_conflict": "Vil du åbne kladden igen og tage den andens ændring med?",
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
    "prompt.choose": "'{typed}' er ikke et af valgene. Skriv et nummer eller en af: {choices}",
    "word.unknown": "'{typed}' er ikke et af ordene her; brug et af: {words}",
    "help.word_metavar": "ORD",
    "err.bad_side": "'{value}': siden kan ikke læses: {reason}",
    "word.ambiguous": "'{typed}' kan betyde flere ting: {words}; skriv lidt mere",
    "word.not_here": "'{typed}' kan ikke bruges her; brug et af: {words}",
    "help.one_of": "Et af: {words} (også på dansk, norsk eller engelsk, eller begyndelsen af ordet).",
    "word.request.remove": "fjern, fjernes",
    "word.request.amend": "ændr, ændre, ændres",
    "word.request.trial": "forsøg",
    "word.side.ledelse": "leder, ledelsen",
    "word.side.medarbejdere": "medarbejder, medarbejderne",
    "word.side.politikere": "politiker, politikerne",
    "word.stance.agreement": "enig, enige",
    "word.stance.disagreement": "uenig, uenige",
    "word.verdict.defend": "forsvar",
    "word.verdict.remove": "fjern",
    "word.verdict.amend": "ændr",
    "word.verdict.merge": "læg sammen",
    "word.verdict.escalate": "send videre",
    "word.verdict.defer": "udskyd",
    "word.state.granted": "imødekom, ja",
    "word.state.rejected": "afslå, nej",
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
    "show.burden_line": "{minutes} min × {per_year} × {people} = {hours}",
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
    "opt.yes": "Spørg ikke først (til --abandon uden terminal).",
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
    "err.record_too_big": "{path} ville fylde {size} bytes, men en registerfil må højst fylde {limit} bytes ('regelsyn check' ville afvise den); intet er skrevet. Gør de lange tekster kortere.",
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
    "review.nothing_due": "Ingen regler skal gennemgås nu. Brug --all eller angiv ID'er.",
    "review.resuming": (
        "Fortsætter mødet: {done} af {n} regel er afgjort.",
        "Fortsætter mødet: {done} af {n} regler er afgjort.",
    ),
    "review.all_decided": (
        "Alle regler er gennemgået ({n} afgørelse).",
        "Alle regler er gennemgået ({n} afgørelser).",
    ),
    "review.confirm_save": "Gem gennemgangen, opdatér reglerne og skriv referatet nu?",
    "review.kept_draft": "Intet er gemt endnu; kladden er bevaret. Fortsæt med 'regelsyn review --resume'.",
    "review.interrupted": "Mødet er afbrudt. Afgørelserne indtil nu er gemt i kladden; fortsæt med 'regelsyn review --resume'.",
    "review.abandoned": "Kladden til det åbne møde er kasseret.",
    "review.confirm_abandon": (
        "Kassér det åbne møde med {n} afgørelse? Den kan ikke hentes igen.",
        "Kassér det åbne møde med {n} afgørelser? De kan ikke hentes igen.",
    ),
    "err.abandon_needs_yes": (
        "Det åbne møde har {n} afgørelse. Tilføj --yes for at kassere det uden at blive spurgt.",
        "Det åbne møde har {n} afgørelser. Tilføj --yes for at kassere det uden at blive spurgt.",
    ),
    "review.recorded": (
        "Gennemgangen {id} er gemt med {n} afgørelse. Referat: {path}",
        "Gennemgangen {id} er gemt med {n} afgørelser. Referat: {path}",
    ),
    "review.case_opened": "Sag oprettet: {path}",
    "review.next": "Læs referatet igennem, og få det godkendt af formand og næstformand: {path}",
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
    "check.d_needs_proposal": "en sag sendt videre kræver udvalgets forslag til den, der ejer reglen (proposal)",
    "check.d_needs_trial": "et forsøg kræver periode, sikkerhedsforanstaltninger og evaluering (trial: start, end, purpose_kept, legal_certainty_kept, higher_rules_kept, evaluation)",
    "check.d_merge_into_removed": "reglen '{id}' er fjernet (eller fjernes på dette møde); en regel kan ikke lægges sammen med en fjernet regel",
    "check.d_about": "{id} ({title})",
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
    "meet.premises_intro": "Er reglens præmisser dokumenteret? Skriv dokumentationen, tryk Enter for at bekræfte det viste, eller skriv - for 'ikke dokumenteret'. Kun det, mødet skriver eller bekræfter, tæller.",
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
    "meet.premises_again": "Svar på præmisserne igen og dokumentér mindst én, eller vælg en anden afgørelse.",
    "meet.problem": "Hvad er problemet med reglen? (står i ansøgningen)",
    "meet.proposal": "Udvalgets forslag til den, der ejer reglen (ved en ændring: den nye ordlyd)",
    "meet.trial_alternative": "Den lettere udgave, der prøves i stedet (Enter: reglen sættes ud af kraft i perioden)",
    "meet.open_case": "Åben sag om reglen: {id} – der bedes om {request} ({state})",
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
    "log.freed": ("Frigjort tid: {n} time om året.", "Frigjort tid: {n} timer om året."),
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
    "log.freed_one": ("Frigør {n} time om året.", "Frigør {n} timer om året."),
    "log.stance": "Udvalgets holdning",
    "log.minority": "mindretalsudtalelse",
    "log.proposal": "Forslag til den, der ejer reglen",
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
    # cases
    "case.generated": (
        "Genereret af regelsyn ud fra cases/{id}.yaml. Ret ikke i denne fil; den skrives igen, "
        "når sagen ændres."
    ),
    "case.title_challenge": "Udfordring",
    "case.title_escalation": "Sag",
    "case.request": "Der bedes om",
    "case.status": "Status",
    "case.decides": "Afgøres af",
    "case.none": "ingen (sagen er afsluttet)",
    "app.title_remove": "Ansøgning om ophævelse af en regel",
    "app.title_amend": "Anmodning om ændring af en regel",
    "app.title_trial": "Ansøgning om forsøg med dispensation",
    "app.to": "Til",
    "app.from": "Fra",
    "app.case": "Sag",
    "app.route": "Vej",
    "app.reply_by": "Svar ønskes senest",
    "app.no_deadline": "ingen frist angivet",
    "app.applicant_heading": "Hvem søger",
    "app.filed_by": "Sagen er rejst af {name} under udfordringsretten.",
    "app.filed_anonymous": "Sagen er rejst anonymt under udfordringsretten, via {via}.",
    "app.applicant": "{committee} på {workplace} sender sagen videre til det niveau, der ejer reglen.",
    "app.from_review": "Det blev besluttet på gennemgangen {review}.",
    "app.stance_agreement": "Udvalget står samlet bag anmodningen.",
    "app.stance_disagreement": "Udvalget er ikke enigt.",
    "app.rule_heading": "Reglen",
    "app.none": "ingen angivet",
    "app.problem_heading": "Problemet",
    "app.proposal_heading": "Forslaget",
    "app.proposal_remove": "Reglen ophæves.",
    "app.proposal_amend": "Reglen ændres, så den kan forsvares ud fra sit formål.",
    "app.proposal_trial": "Arbejdspladsen fritages for reglen i forsøgsperioden nedenfor.",
    "app.burden_heading": "Byrde og gevinst",
    "app.burden": (
        "Reglen koster i dag {n} time om året.",
        "Reglen koster i dag {n} timer om året.",
    ),
    "app.burden_unknown": "Reglens byrde er ikke opgjort.",
    "app.gain": ("Forventet gevinst: {n} time om året.", "Forventet gevinst: {n} timer om året."),
    "app.trial_heading": "Forsøget",
    "app.trial_period": "Forsøgsperiode: {start} til {end}.",
    "app.alternative": "Det prøves i stedet",
    "app.alternative_hours": ("{n} time om året", "{n} timer om året"),
    "app.purpose_kept": "Formålet bevares",
    "app.legal_certainty_kept": "Borgernes retssikkerhed svækkes ikke",
    "app.higher_rules_kept": "Højere regler (herunder EU-ret) tilsidesættes ikke",
    "app.evaluation": "Evaluering",
    "app.result": "Evalueringens resultat",
    "app.reply_heading": "Svar",
    "app.reply_request": "Vi beder om jeres svar senest {due}.",
    "app.reply_request_open": "Vi beder om jeres svar.",
    "app.reply_how": "Svaret registreres på sag {id}.",
    "app.history_heading": "Forløb",
    "app.by": "Af",
    "app.note": "Bemærkning",
    "request.remove": "at reglen fjernes",
    "request.amend": "at reglen ændres",
    "request.trial": "forsøg med dispensation",
    "state.submitted": "indgivet",
    "state.in_review": "under behandling",
    "state.granted": "imødekommet",
    "state.partly": "delvist imødekommet",
    "state.rejected": "afslået",
    "state.escalated": "sendt videre",
    "state.redirected": "henvist til et andet niveau",
    "state.no_answer": "intet svar",
    "state.trial_running": "forsøg i gang",
    "state.evaluated": "evalueret",
    "state.made_permanent": "gjort permanent",
    "state.reverted": "ført tilbage",
    "state.withdrawn": "trukket tilbage",
    "state.closed": "afsluttet",
    "err.no_such_case": "Der er ingen sag med id '{id}'.",
    "hint.challenge_list": "Se alle sager med 'regelsyn challenge list'.",
    "err.trial_needs_safeguards": (
        "Et forsøg kræver start- og slutdato, alle tre værn og en plan for evaluering: "
        "--start, --end, --purpose-kept, --legal-certainty-kept, --higher-rules-kept og "
        "--evaluation."
    ),
    "err.trial_not_dispensable": (
        "Der kan ikke søges om forsøg: reglen hører under {level}, som der ikke kan gives "
        "dispensation fra. Bed i stedet om at få ændret den lokale praksis (--request amend), "
        "eller udfordr den lokale udvidelse, hvis jeres praksis går ud over kravet."
    ),
    "err.escalate_not_dispensable": (
        "Reglen hører under {level}, som ikke kan give dispensation, så der er ingen at sende "
        "sagen til. Forsvar reglen, eller udfordr den lokale praksis omkring den."
    ),
    "err.escalate_own": (
        "Arbejdspladsen ejer selv reglen '{id}'; den afgøres lokalt (regelsyn review eller "
        "regelsyn challenge decide), ikke sendt videre."
    ),
    "err.transition": (
        "En sag, der er {current}, kan ikke blive {wanted}. Mulige næste trin: {allowed}."
    ),
    "err.decide_not_own": (
        "Reglen ejes af {level}, så arbejdspladsen kan ikke imødekomme sagen selv. Send den "
        "videre med 'regelsyn escalate {id}'."
    ),
    "import.status_new": "en ny regel begynder som 'active'; status '{status}' sættes af en gennemgang eller en sag, ikke af et regneark",
    "err.status_by_review": "Status på reglen '{id}' ændres ikke i hånden: den ændres af en gennemgang (regelsyn review) eller af en sag (regelsyn challenge, regelsyn case reply).",
    "hint.status_by_review": "Tag reglen op på næste møde, eller brug udfordringsretten: regelsyn challenge new --rule ID.",
    "err.trial_not_started": "Forsøget i sagen {id} begynder først {start}; det kan ikke evalueres, gøres permanent eller rulles tilbage før da.",
    "err.trial_over": "Forsøgsperioden i sagen {id} sluttede {end}; et forsøg kan ikke imødekommes bagefter. Indgiv et nyt med en ny periode.",
    "check.case_unknown_rule": "sagen nævner reglen '{id}', som ikke findes",
    "check.case_named_anonymous": "sagen er anonym, men nævner den, der har indgivet den; slet navnet",
    "check.ref_missing": "historikken henviser til {ref}, som ikke findes; hent filen tilbage fra git, eller kør 'regelsyn check' efter en afbrudt kommando",
    "check.status_unbacked": "status '{status}' er ikke sat af en gennemgang eller en sag; status ændres kun af regelsyn review eller en sag (ret den tilbage, eller tag reglen op på et møde)",
    "check.owner_changed": "reglens ejer er ændret siden sidste gennemgang; tag reglen op på et møde, så udvalget ser, hvem der nu kan ændre den",
    # control and hidden characters in record text
    "check.hidden_characters": "feltet indeholder et skjult tegn eller et styretegn ({char}), som kan få teksten til at se anderledes ud, end den er; slet tegnet, eller skriv teksten igen",
    "check.case_reply_overdue": (
        "svarfristen var {date} ({n} dag siden); ryk for svar, eller registrér 'no_answer'",
        "svarfristen var {date} ({n} dage siden); ryk for svar, eller registrér 'no_answer'",
    ),
    "check.case_trial_ended": "forsøget sluttede {date} og skal evalueres: regelsyn challenge evaluate",
    # challenge, escalate, case, inbox
    "help.challenge": (
        "Udfordringsretten: enhver medarbejder kan udfordre en regel og bede om at få den "
        "fjernet, ændret eller sat ud af kraft i et forsøg."
    ),
    "ex.challenge": (
        "Eksempel: [bold]regelsyn challenge new --rule ugentlig-vejning --request remove "
        '--problem "Vægten bruges ikke" --anonymous --via "Carla Nielsen (TR)"[/bold]'
    ),
    "help.challenge_new": (
        "Indgiv en udfordring, med navn eller anonymt via en repræsentant. Uden flag spørger "
        "regelsyn. Et forsøg kræver periode, alle tre værn og en evalueringsplan."
    ),
    "ex.challenge_new": (
        "Eksempel: [bold]regelsyn challenge new --rule koeletemperatur-log --request trial "
        '--problem "To daglige målinger giver intet ekstra" --filed-by "Dorte Bak" '
        '--start 2027-01-01 --end 2027-06-30 --purpose-kept "Én daglig måling" '
        '--legal-certainty-kept "Ingen borgerrettigheder berøres" --higher-rules-kept '
        '"Egenkontrollen følges" --evaluation "Køkkenlederen gennemgår afvigelser i juli"[/bold]'
    ),
    "help.challenge_list": "Vis sagerne; filtrér på status eller dem med overskredet svarfrist.",
    "ex.challenge_list": "Eksempel: [bold]regelsyn challenge list --overdue --format csv[/bold]",
    "help.challenge_show": "Vis én sag: dokumentet (md), YAML eller JSON.",
    "ex.challenge_show": "Eksempel: [bold]regelsyn challenge show U-2026-0001-ugentlig-vejning-k3f9[/bold]",
    "help.challenge_decide": (
        "Træf afgørelse i en sag, arbejdspladsen selv har kompetence til: in_review, granted, "
        "partly, rejected, withdrawn eller closed. Et imødekommet forsøg sætter reglen i bero "
        "til forsøgets slutdato."
    ),
    "ex.challenge_decide": (
        "Eksempel: [bold]regelsyn challenge decide U-2026-0001-ugentlig-vejning-k3f9 --outcome "
        'granted --reasons "Vejningen bruges ikke" --by "Anne Holm (centerleder)"[/bold]'
    ),
    "help.challenge_evaluate": (
        "Evaluér et forsøg, når det er slut: gør det permanent (reglen fjernes) eller før "
        "reglen tilbage."
    ),
    "ex.challenge_evaluate": (
        "Eksempel: [bold]regelsyn challenge evaluate U-2027-0002-koeletemperatur-log-m4p8 "
        '--result "Ingen afvigelser i perioden" --outcome made_permanent[/bold]'
    ),
    "help.escalate": (
        "Send en sag videre til det niveau, der ejer reglen (ID er en sag eller en regel; en "
        "regel får en ny sag). Skriver ansøgningen cases/ID.md med svarfrist."
    ),
    "ex.escalate": (
        "Eksempel: [bold]regelsyn escalate besoeg-klokkeslaet --recommend remove --problem "
        '"Klokkeslæt bruges ikke"[/bold] · [bold]regelsyn escalate U-2026-0003-vagtplan-q2w7[/bold]'
    ),
    "help.case": "Registrér svaret på en sag, der er sendt videre, og se en sags historik.",
    "help.case_reply": (
        "Registrér svaret fra det niveau, sagen er sendt til: granted, partly, rejected, "
        "redirected eller no_answer. Reglen og sagens dokument opdateres."
    ),
    "ex.case_reply": (
        "Eksempel: [bold]regelsyn case reply E-2026-0001-besoeg-klokkeslaet-k3f9 --outcome "
        'granted --date 2026-12-15 --note "Forvaltningen ophæver kravet"[/bold]'
    ),
    "help.case_render": "Skriv sagens dokument cases/ID.md igen.",
    "ex.case_render": "Eksempel: [bold]regelsyn case render E-2026-0001-besoeg-klokkeslaet-k3f9[/bold]",
    "help.inbox": (
        "Se alle åbne sager, som mange arbejdspladser har sendt til ét niveau (fx en "
        "forvaltning). REGISTRY er mapper, mønstre som '../*/' eller git-adresser."
    ),
    "ex.inbox": (
        "Eksempel: [bold]regelsyn inbox --level forvaltning '../*/' --render indbakke.md[/bold]"
    ),
    "opt.case_id": "Sagens id, fx U-2026-0007-vejning-k3f9.",
    "opt.by": "Hvem der gør det (navn og titel).",
    "opt.case_date": "Dato (ÅÅÅÅ-MM-DD; standard: i dag).",
    "opt.c_rule": "Den regel, der udfordres (id).",
    "opt.c_unregistered": "En regel, der ikke er i registret endnu (titel); den registreres.",
    "opt.c_owner_level": "Med --unregistered: det niveau, der ejer reglen (standard: arbejdspladsen).",
    "opt.c_request": "Hvad der bedes om: remove, amend eller trial.",
    "opt.c_problem": "Problemet med reglen, som den der udfordrer ser det.",
    "opt.c_proposal": "Forslaget.",
    "opt.c_gain": "Forventet gevinst i timer om året.",
    "opt.c_filed_by": "Navnet på den, der udfordrer.",
    "opt.c_anonymous": "Anonymt: intet navn gemmes nogen steder (kræver --via).",
    "opt.c_via": "Den repræsentant (fx tillidsrepræsentanten), en anonym sag kommer igennem.",
    "opt.c_start": "Forsøgets start (ÅÅÅÅ-MM-DD).",
    "opt.c_end": "Forsøgets slutning (ÅÅÅÅ-MM-DD).",
    "opt.c_purpose_kept": "Hvordan reglens formål bevares under forsøget",
    "opt.c_legal_certainty_kept": "Hvorfor borgernes retssikkerhed ikke svækkes",
    "opt.c_higher_rules_kept": "Hvilke højere regler (også EU-ret) der stadig overholdes",
    "opt.c_evaluation": "Hvordan og hvornår forsøget evalueres",
    "opt.c_alternative": "Den lettere udgave, der prøves i reglens sted (uden: reglen sættes ud af kraft).",
    "opt.c_status": "Kun sager med denne status (fx escalated).",
    "opt.c_overdue": "Kun sager, hvis svarfrist er overskredet.",
    "opt.c_outcome": "Afgørelsen: in_review, granted, partly, rejected, withdrawn eller closed.",
    "opt.c_reasons": "Begrundelsen.",
    "opt.c_result": "Evalueringens resultat.",
    "opt.c_eval_outcome": "made_permanent (reglen fjernes) eller reverted (reglen gælder igen).",
    "opt.escalate_id": "En sag (U-/E-…) eller en regel (id).",
    "opt.recommend": "Hvad der bedes om: remove, amend eller trial.",
    "opt.escalate_to": "Send til et andet niveau end reglens ejer (efter en henvisning).",
    "opt.stance": "Udvalgets holdning: agreement eller disagreement.",
    "opt.minority": "Mindretallets udtalelse (kræves ved disagreement).",
    "opt.reply_outcome": "Svaret: granted, partly, rejected, redirected eller no_answer.",
    "opt.reply_note": "Hvad svaret siger.",
    "opt.inbox_registries": "Registre: mapper, mønstre som '../*/' eller git-adresser.",
    "opt.inbox_level": "Niveauets id, fx forvaltning.",
    "opt.inbox_render": "Skriv også en oversigt i Markdown til denne fil.",
    "err.rule_or_unregistered": "Angiv enten --rule eller --unregistered, ikke begge.",
    "err.anonymous_and_named": "En anonym sag kan ikke have et navn: brug enten --filed-by eller --anonymous --via.",
    "err.via_only_anonymous": "--via bruges kun ved anonyme sager (--anonymous).",
    "err.anonymous_needs_via": "En anonym sag kommer gennem en repræsentant: angiv --via NAVN.",
    "err.trial_flags_without_trial": "Forsøgsoplysningerne (--start, --end, værnene) hører kun til --request trial.",
    "err.trial_missing": "Et forsøg mangler: {flags}. Alle tre værn og en evalueringsplan skal med.",
    "err.trial_dates": "Forsøgets slutdato skal ligge efter startdatoen.",
    "err.trial_via_challenge": (
        "Et forsøg kræver værn og en evalueringsplan: indgiv det med 'regelsyn challenge new "
        "--request trial …', og send sagen videre bagefter."
    ),
    "err.reply_not_escalated": (
        "Sagen {id} er '{state}', ikke sendt videre, så der er intet svar at registrere. "
        "Mulige næste trin: {allowed}."
    ),
    "err.minority_needed": "Ved --stance disagreement skal mindretallets udtalelse med: --minority.",
    "err.to_needs_case": "--to bruges til at sende en eksisterende sag til et andet niveau.",
    "err.bad_state": "'{state}' er ikke en status. Mulige: {states}.",
    "err.git_missing": "git er ikke installeret på denne maskine",
    "err.clone_failed": "{url} kunne ikke hentes med git: {reason}",
    "challenge.rule_created": "Reglen '{id}' var ikke registreret; den er oprettet.",
    "challenge.filed": "Udfordringen {id} er registreret ({path}).",
    "challenge.next_local": (
        "Arbejdspladsen ejer selv reglen. Afgør sagen med 'regelsyn challenge decide {id} "
        "--outcome …', eller tag den med på næste gennemgang."
    ),
    "challenge.next_escalate": (
        "Reglen ejes højere oppe. Send sagen videre med 'regelsyn escalate {id}'."
    ),
    "challenge.none": "Der er ingen sager.",
    "challenge.q_rule_help": "Hvilken regel? Skriv dens id, eller en titel, hvis den ikke er registreret.",
    "challenge.q_rule": "Regel",
    "challenge.q_request": "Hvad beder du om",
    "challenge.q_problem": "Hvad er problemet med reglen",
    "challenge.q_proposal": "Dit forslag (kan udelades)",
    "challenge.q_gain": "Forventet gevinst i timer om året (kan udelades)",
    "challenge.q_anonymous": "Skal sagen være anonym (via en repræsentant)?",
    "challenge.q_via": "Hvilken repræsentant går sagen igennem",
    "challenge.q_filed_by": "Dit navn",
    "challenge.q_start": "Forsøgets start ÅÅÅÅ-MM-DD",
    "challenge.q_end": "Forsøgets slutning ÅÅÅÅ-MM-DD",
    "escalate.sent": "Sagen {id} er sendt videre til {level}.",
    "escalate.next": "Send ansøgningen {path} til modtageren. Svarfrist: {due}.",
    "case.moved": "Sagen {id} er nu: {state}.",
    "case.settled_by_review": "Reglen er fjernet ved gennemgangen {review}.",
    "case.settled_by_case": "Reglen er fjernet ved sagen {id}.",
    "case.rendered": "Sagens dokument er skrevet: {path}",
    "inbox.workplace": "Arbejdsplads",
    "inbox.days": "Dage",
    "inbox.overdue": "(overskredet)",
    "inbox.generated": "Genereret af regelsyn inbox. Ret ikke i denne fil.",
    "inbox.title": "Indbakke for {level}",
    "inbox.intro": (
        "{n} åben sag venter på svar pr. {today}.",
        "{n} åbne sager venter på svar pr. {today}, den ældste frist først.",
    ),
    "inbox.none": "Ingen åbne sager.",
    "inbox.empty": "Ingen åbne sager til {level}.",
    "inbox.stale_copy": "{url} kunne ikke hentes ({reason}); den senest hentede kopi bruges.",
    "inbox.unreadable": "{path} kunne ikke læses som register og er sprunget over; kør 'regelsyn -C {path} check'.",
    "inbox.skipped": (
        "{path}: {n} sagsfil kunne ikke læses og er sprunget over.",
        "{path}: {n} sagsfiler kunne ikke læses og er sprunget over.",
    ),
    "inbox.rendered": "Oversigten er skrevet: {path}",
    # report, due
    "help.report": (
        "Byrderapporten: hvad reglerne koster i timer om året, hvad gennemgangene har frigjort, "
        "tragten fra udfordret til afgjort, de tungeste regler, målinger ingen bruger, "
        "overskredne gennemgange og åbne sager. Markdown med diagrammer, eller JSON."
    ),
    "ex.report": (
        "Eksempel: [bold]regelsyn report --out rapport.md[/bold] · "
        "[bold]regelsyn report --since 2026-01-01 --format json[/bold]"
    ),
    "help.due": "Vis de regler, der skal gennemgås snart, den tidligste først (aldrig gennemgåede øverst).",
    "ex.due": "Eksempel: [bold]regelsyn due --within 6m[/bold] · [bold]regelsyn due --format csv[/bold]",
    "opt.report_format": "Format: md eller json.",
    "opt.out": "Skriv til denne fil i stedet for skærmen.",
    "opt.since": "Frigjort tid og tragt regnes fra denne dato (ÅÅÅÅ-MM-DD).",
    "opt.within": "Hvor langt frem: fx 90d, 12w eller 6m (dage, uger, måneder).",
    "err.bad_within": "'{value}' er ikke en periode. Skriv fx 90d, 12w eller 6m.",
    "report.generated": "Genereret af regelsyn report. Ret ikke i denne fil.",
    "report.title": "Byrderapport: {workplace}",
    "report.intro": "Opgjort {today}.",
    "report.since": "Frigjort tid og tragt regnes fra {since}.",
    "report.burden": "Byrden",
    "report.remaining": "Tilbage (gældende, forsvarede, ændrede og sendt videre)",
    "report.suspended": "Sat i bero under forsøg",
    "report.freed_removed": "Frigjort ved at fjerne regler",
    "report.freed_simplified": "Frigjort ved at ændre og forenkle regler",
    "report.freed_total": "Frigjort i alt",
    "report.unknown_burden": (
        "{n} regel har ukendt byrde og tæller ikke med.",
        "{n} regler har ukendt byrde og tæller ikke med.",
    ),
    "report.chart_owner": "Byrde pr. ejer (timer om året)",
    "report.chart_reviews": "Frigjort tid pr. gennemgang",
    "report.hours_axis": "Timer om året",
    "report.funnel": "Fra udfordring til afgørelse",
    "report.count": "Antal",
    "report.rules": "Reglerne",
    "report.rules_intro": (
        "Registret har {n} regel. Timer om året tæller ikke fjernede regler med.",
        "Registret har {n} regler. Timer om året tæller ikke fjernede regler med.",
    ),
    "report.heaviest": "De ti tungeste regler",
    "report.overdue": "Gennemgange, der er overskredet",
    "report.days_overdue": "Dage over",
    "report.cases": "Åbne sager",
    "report.none": "Ingen.",
    "report.written": "Rapporten er skrevet: {path}",
    "funnel.challenged": "Udfordret",
    "funnel.reviewed": "Gennemgået",
    "funnel.removed_or_simplified": "Fjernet eller forenklet",
    "funnel.kept": "Bevaret",
    "funnel.sent_on": "Sendt videre",
    "funnel.waiting": "Venter på svar",
    # import, export
    "help.import": (
        "Opret regler ud fra et regneark (CSV eller XLSX). Kolonneoverskrifter genkendes på dansk "
        "og engelsk; --mapping klarer resten. Intet skrives, hvis en række er forkert (medmindre "
        "--skip-invalid). Samme ark igen opdaterer reglerne i stedet for at lave dem to gange."
    ),
    "ex.import": (
        "Eksempel: [bold]regelsyn import regler.csv --dry-run[/bold] · "
        "[bold]regelsyn import regler.xlsx --mapping kolonner.yaml[/bold]"
    ),
    "help.export": (
        "Skriv alle regler som regneark (CSV med semikolon til dansk Excel, eller XLSX) eller "
        "JSON. Arket kan rettes og importeres igen."
    ),
    "ex.export": (
        "Eksempel: [bold]regelsyn export --format xlsx --out regler.xlsx[/bold] · "
        "[bold]regelsyn export > regler.csv[/bold]"
    ),
    "opt.import_file": "Regnearket: .csv eller .xlsx.",
    "opt.mapping": "En YAML-fil med columns: {overskrift: felt} og defaults: {felt: værdi}.",
    "opt.sheet": "Arket i en XLSX-fil (standard: det første).",
    "opt.dry_run": "Vis hvad der ville ske, uden at skrive noget.",
    "opt.skip_invalid": "Spring forkerte rækker over og importér resten.",
    "opt.export_format": "Format: csv, xlsx eller json.",
    "err.no_file": "Filen {path} findes ikke.",
    "err.sheet_kind": "{path} er hverken .csv eller .xlsx. Gem regnearket som CSV eller XLSX.",
    "err.no_openpyxl": (
        "XLSX kræver pakken openpyxl. Installér den med: pip install 'regelsyn[xlsx]' "
        "(eller gem regnearket som CSV)."
    ),
    "err.bad_xlsx": "{path} kan ikke læses som XLSX: {reason}",
    "err.no_sheet": "Der er intet ark '{sheet}'. Arkene er: {sheets}.",
    # spreadsheets past the limits of what is read
    "err.sheet_too_big": "{path} fylder {size}; regelsyn læser regneark på højst {limit}. Del arket op i flere filer, og importér dem hver for sig.",
    "err.sheet_unpacked": "{path} fylder {size}, når det pakkes ud; regelsyn læser regneark på højst {limit}. Del arket op i flere filer, og importér dem hver for sig.",
    "err.sheet_rows": "Arket i {path} har flere end {limit} rækker; regelsyn læser højst {limit}. Slet de tomme rækker under reglerne, eller del arket op i flere filer.",
    "err.sheet_columns": "Arket i {path} går helt til kolonne {column}; regelsyn læser højst {limit} kolonner. Slet de tomme kolonner til højre for reglerne, eller kopiér reglerne over i et nyt ark.",
    "err.sheet_cells": "Arket i {path} har flere end {limit} celler; det er for stort til at læse. Kopiér reglerne over i et nyt ark, eller del det op i flere filer.",
    "err.sheet_cell": "Cellen {cell} i {path} rummer {size} tegn; regelsyn læser højst {limit} tegn i en celle. Gør teksten kortere, og prøv igen.",
    "err.sheet_cell_csv": "En celle på linje {line} i {path} er længere end de {limit} tegn, regelsyn læser i en celle. Gør teksten kortere, og prøv igen.",
    "err.bad_csv": "{path} kan ikke læses som CSV (linje {line}): {reason}. Gem arket igen som CSV fra regnearket, og prøv igen.",
    "import.too_big": "reglen ville fylde {size} bytes, men en regelfil må højst fylde {limit} bytes; gør de lange tekster kortere",
    "err.bad_mapping": "Mapping-filen {path} kan ikke bruges: {reason}",
    "err.mapping_field": "Mapping-filen {path} nævner feltet '{field}', som ikke findes. Felterne er: {fields}.",
    "err.two_columns": "Både kolonnen '{first}' og '{second}' er feltet {field}; fjern den ene, eller brug --mapping.",
    "err.xlsx_needs_out": "XLSX skrives til en fil: angiv --out FIL.xlsx.",
    "import.bad_level": "'{value}' er ikke et niveau. Niveauerne er: {levels}",
    "import.bad_number": "'{value}' er ikke et tal",
    "import.bad_date": "'{value}' er ikke en dato; skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ",
    "import.bad_choice": "'{value}' er ikke tilladt; vælg en af: {choices}",
    "import.empty": "Regnearket er tomt.",
    "import.no_title": (
        "Regnearket har ingen kolonne med titlen (fx 'Titel' eller 'Title'). Brug --mapping "
        "for at sige, hvilken kolonne der er titlen."
    ),
    "import.duplicate_row": "samme regel som række {other}",
    "import.missing_column": "{message} (kolonnen mangler i arket; angiv den, eller sæt en standard i --mapping under defaults)",
    "import.ignored_column": "Kolonnen '{header}' bruges ikke (se --mapping).",
    "import.refused": (
        "{n} fejl i regnearket; intet er importeret. Ret rækken, eller brug --skip-invalid.",
        "{n} fejl i regnearket; intet er importeret. Ret rækkerne, eller brug --skip-invalid.",
    ),
    "import.would_create": "række {row}: ville oprette {id}",
    "import.would_update": "række {row}: ville opdatere {id}",
    "import.would_unchanged": "række {row}: {id} er uændret",
    "import.summary": "Importeret: {created}, {updated}, {unchanged}, {skipped}.",
    "import.dry_summary": "Prøvekørsel: {created}, {updated}, {unchanged}, {skipped}. Intet er skrevet.",
    "export.written": ("{n} regel skrevet til {path}", "{n} regler skrevet til {path}"),
    "sheet.id": "Id",
    "sheet.title": "Titel",
    "sheet.kind": "Type",
    "sheet.text": "Tekst",
    "sheet.owner.level": "Ejer",
    "sheet.owner.body": "Organ",
    "sheet.legal_basis": "Hjemmel",
    "sheet.floor": "Gulv",
    "sheet.adopted": "Vedtaget",
    "sheet.applies_to": "Gælder for",
    "sheet.purpose": "Formål",
    "sheet.effect": "Effekt",
    "sheet.legal_certainty": "Retssikkerhed",
    "sheet.burden.minutes": "Minutter",
    "sheet.burden.per_year": "Gange om året",
    "sheet.burden.people": "Personer",
    "sheet.hours_per_year": "Timer om året",
    "sheet.use": "Brug",
    "sheet.status": "Status",
    "sheet.next_review": "Næste gennemgang",
    "sheet.tags": "Emneord",
    # cache
    "cache.rebuilt": "Cachen {path} var beskadiget eller fra en anden version og er bygget op igen.",
    "tx.review": "gennemgangen {id}",
    "tx.case": "sagen {id} ({state})",
    "tx.challenge": "udfordringen af '{rule}'",
    "tx.import": "importen fra {source}",
    "tx.edit": "ændringen af reglen {id}",
    "tx.escalate": "sagen om '{rule}', der sendes videre",
    "tx.finished": "Et afbrudt skridt er gjort færdigt: {what}. Alle dets filer er nu skrevet.",
    "tx.rolled_back": "Et afbrudt skridt er rullet tilbage: {what}. Ingen af dets filer er ændret; kør kommandoen igen.",
    "tx.stuck": "{path} kunne ikke gøres færdig; se filen efter, og kør 'regelsyn check'.",
    "tx.disk_full": "Disken er fuld, så {what} kunne ikke skrives.",
    "tx.no_permission": "regelsyn må ikke skrive {path}, så {what} kunne ikke skrives.",
    "tx.failed": "regelsyn kunne ikke skrive {what}. {reason}",
    "tx.nothing_changed": "Intet er ændret. Ret årsagen (frigør plads, eller få skriveadgang til mappen), og kør kommandoen igen.",
    "tx.finish_later": "Alt, hvad {what} skulle skrive, er gemt i registrets journal og skrives færdigt, næste gang du kører en regelsyn-kommando her (fx 'regelsyn check'), når årsagen er rettet.",
    "review.already_recorded": "Mødet er allerede gemt som gennemgangen {id}; intet er skrevet igen. Referat: {path}",
    "cache.unusable": "Cachen {path} kunne ikke bruges ({reason}); filerne læses direkte i stedet.",
    "err.review_locked": "Et andet møde er i gang på dette register (proces {pid} på {host}). Vent, til det er slut, eller afslut det dér.",
    # fejl på kommandolinjen (typer/click's egne, sagt igen)
    "usage.help_hint": "Se '{command}' for hjælp.",
    "usage.no_such_option": "ukendt flag {name}",
    "usage.or": "eller",
    "usage.did_you_mean": "Mente du {names}?",
    "usage.missing_argument": "{name} mangler; skriv det efter kommandoen",
    "usage.missing_option": "{name} mangler og skal angives",
    "usage.bad_value": "{name}: {reason}",
    "usage.not_a_choice": "'{value}' er ikke et af valgene: {choices}",
    "usage.not_whole_number": "'{value}' er ikke et helt tal",
    "usage.not_number": "'{value}' er ikke et tal",
    "usage.not_yes_no": "'{value}' er hverken ja eller nej",
    "usage.needs_value": "{name} skal efterfølges af en værdi",
    "usage.no_such_command": "ukendt kommando '{name}'",
    "usage.extra_arguments": "for mange argumenter: {args}",
    "usage.missing_command": "der mangler en kommando",
    # typers hjælpeskærme
    "help.usage": "Brug:",
    "help.options_metavar": "[FLAG]",
    "help.command_metavar": "KOMMANDO [ARGUMENTER]...",
    "help.text_metavar": "TEKST",
    "help.whole_number_metavar": "HELTAL",
    "help.number_metavar": "TAL",
    "help.help_option": "Vis denne hjælp og afslut.",
    "help.arguments": "Argumenter",
    "help.options": "Flag",
    "help.commands": "Kommandoer",
    "help.default": "[standard: {}]",
    "help.required": "[skal angives]",
    # measurements and learning
    "check.use_undocumented": "det er ikke beskrevet, hvem der bruger resultatet og til hvad; skriv det i 'use' (med den tid, det tager at bruge det), eller overvej at fjerne målingen",
    "report.measurements": "Målinger: tid til at måle og tid til at bruge resultatet",
    "report.measurements_intro": "Målinger, registreringer og indberetninger. Anbefalingen er, at højst {recommended} % af tiden går til at måle, og resten til at bruge resultatet: at reflektere, lære og ændre praksis. Målinger, som ingen bruger, står først.",
    "report.hours_measuring": "Timer/år at måle",
    "report.hours_using": "Timer/år at bruge",
    "report.share_measuring": "Andel at måle",
    "report.nobody_uses": "– ingen bruger resultatet",
    "report.percent": "{value} %",
    "report.balance_total": "Samlet går {share} % af tiden til at måle ({measuring}) og resten til at bruge resultatet ({using}). Anbefalet: {recommended} % at måle, resten at bruge.",
    "report.unused_measurements": (
        "Målinger, som ingen bruger: {n}. Den koster {hours}.",
        "Målinger, som ingen bruger: {n}. De koster {hours}.",
    ),
    "report.balance_unknown": "Målinger, der ikke tæller med i andelen, fordi tiden til at måle eller til at bruge resultatet ikke er opgjort: {count}.",
    "report.chart_balance": "Andel af tiden brugt på at måle (anbefalet: {recommended} %)",
    "report.share_axis": "Procent",
    "f.use_time": "Tid til at bruge resultatet",
    "f.balance": "Måle / bruge",
    "show.balance_line": "{share} % af tiden går til at måle ({measuring} mod {using} til at bruge resultatet); anbefalet: højst {recommended} %",
    "show.balance_unused": (
        "ingen bruger resultatet: al tiden, {n} time om året, går til at måle",
        "ingen bruger resultatet: alle {n} timer om året går til at måle",
    ),
    "show.balance_nobody": "ingen bruger resultatet",
    "show.balance_unknown": "ukendt: skriv tiden til at bruge resultatet i use (minutes, per_year, people)",
    "opt.use_minutes": "Minutter pr. gang til at bruge resultatet.",
    "opt.use_per_year": "Antal gange om året pr. person, resultatet bruges.",
    "opt.use_people": "Antal personer, der bruger resultatet.",
    "sheet.use.minutes": "Brug, minutter",
    "sheet.use.per_year": "Brug, gange om året",
    "sheet.use.people": "Brug, personer",
    "meet.use_intro": "Hvem bruger resultatet af målingen, og hvor lang tid tager det? Enter beholder det, der står; '-' betyder, at ingen bruger det.",
    "meet.q_use": "Hvem bruger resultatet, og til hvad",
    "meet.q_use_minutes": "Minutter pr. gang til at bruge resultatet",
    "meet.q_use_per_year": "Gange om året pr. person",
    "meet.q_use_people": "Personer, der bruger resultatet",
    "help.learn": "Se, hvad andre arbejdspladser har gjort med sammenlignelige regler: fjernet, ændret, skåret ned til gulvet eller forsvaret, og hvad deres forsøg viste. Sammenlignelig er en regel med samme id, samme hjemmel eller en lignende titel. Registrene læses som i inbox; ingen navne på dem, der har indgivet sager, vises.",
    "ex.learn": "Eksempel: [bold]regelsyn learn '../*/' --render erfaringer.md[/bold] · [bold]regelsyn learn --rule ugentlig-vejning '../*/'[/bold] · med learn_from i regelsyn.yaml: [bold]regelsyn learn --rule ugentlig-vejning[/bold]",
    "opt.learn_registries": "Registre: mapper, mønstre som '../*/' eller git-adresser (ellers learn_from i regelsyn.yaml).",
    "opt.learn_rule": "Kun regler, der kan sammenlignes med denne regel i dette register.",
    "opt.learn_render": "Skriv også en oversigt i Markdown til denne fil.",
    "err.learn_no_registries": "Nævn de registre, der skal læres af (fx '../*/'), eller skriv dem i learn_from i regelsyn.yaml.",
    "hint.learn_from": "I regelsyn.yaml: learn_from: ['../*/']",
    "learn.skipped": (
        "{path}: {n} fil kunne ikke læses og er sprunget over; kør 'regelsyn -C {path} check'.",
        "{path}: {n} filer kunne ikke læses og er sprunget over; kør 'regelsyn -C {path} check'.",
    ),
    "learn.rendered": "Oversigten er skrevet: {path}",
    "learn.none": "Intet at lære endnu: ingen sammenlignelige regler er fjernet, ændret, forsvaret eller prøvet.",
    "learn.generated": "Genereret af regelsyn learn. Ret ikke i denne fil.",
    "learn.title": "Hvad andre arbejdspladser har lært",
    "learn.intro": "{lessons} fra {registries}, opgjort {today}. Regler med samme id, samme hjemmel eller en lignende titel står samlet.",
    "learn.rule": "Regel",
    "learn.match": "Sammenlignet på",
    "learn.action": "Hvad blev gjort",
    "learn.hours_before": "Timer/år før",
    "learn.hours_after": "Timer/år efter",
    "learn.hours_freed": "Frigjort",
    "learn.result": "Forsøgets resultat",
    "learn.match.id": "samme id",
    "learn.match.legal_basis": "samme hjemmel",
    "learn.match.title": "lignende titel",
    "learn.action.removed": "fjernet",
    "learn.action.amended": "ændret",
    "learn.action.reduced_to_floor": "skåret ned til gulvet",
    "learn.action.defended": "forsvaret",
    "learn.action.trial_made_permanent": "forsøg gjort permanent",
    "learn.action.trial_reverted": "forsøg rullet tilbage",
    "learn.action.trial_evaluated": "forsøg evalueret",
    "learn.places": ("{n} arbejdsplads", "{n} arbejdspladser"),
    "learn.other_places": ("{n} anden arbejdsplads", "{n} andre arbejdspladser"),
    "learn.did_removed": "fjernet på {places}",
    "learn.did_amended": "ændret på {places}",
    "learn.did_reduced_to_floor": "skåret ned til gulvet på {places}",
    "learn.did_defended": "forsvaret på {places}",
    "learn.did_trial_made_permanent": ("{n} forsøg gjort permanent", "{n} forsøg gjort permanente"),
    "learn.did_trial_reverted": ("{n} forsøg rullet tilbage", "{n} forsøg rullet tilbage"),
    "learn.nothing_done": "et forsøg er evalueret, men endnu ikke afsluttet",
    "learn.review_line": "{line} (se 'regelsyn learn --rule {id}').",
    "learn.freed": "{hours} frigjort",
    # git
    "tx.write": "skrivningen af {path}",
    "tx.add": "den nye regel {id}",
    "tx.render": "dokumentet {path}",
    "opt.no_commit": "Gem ikke ændringerne i git-historikken (regelsyn committer ellers selv det, den skriver).",
    "opt.author": 'Hvem ændringerne gemmes i git-historikken under, som "Navn <mail>" (ellers git\'s egen indstilling).',
    "git.no_identity": "git ved ikke, hvem du er, så regelsyn kan ikke gemme ændringen i historikken. Intet er skrevet.",
    "git.no_identity_hint": 'Fortæl det én gang for alle:\n  git config --global user.name "Dit Navn"\n  git config --global user.email "dig@eksempel.dk"\neller for denne kommando: regelsyn --author "Dit Navn <dig@eksempel.dk>" …, eller gem ikke i historikken: regelsyn --no-commit …',
    "git.bad_author": "--author '{author}' skal skrives som \"Navn <mail>\".",
    "git.busy": "git-repositoryet er midt i en {doing}, der ikke er gjort færdig; regelsyn skriver intet imens.",
    "git.busy_hint": "Gør den færdig (eller afbryd den) i git, og kør kommandoen igen.",
    "git.not_committed": "Ændringen er skrevet, men kunne ikke gemmes i git-historikken: {reason}",
    "git.committed": "Gemt i historikken: {message}",
    "git.msg.review": "Gennemgang {date}: {counts}",
    "git.msg.review_hours": (
        "{message}; {n} time frigjort om året",
        "{message}; {n} timer frigjort om året",
    ),
    "git.msg.nothing": "ingen afgørelser",
    "git.msg.rule_added": "Ny regel: {title} ({id})",
    "git.msg.rule_edited": "Regel {id} ændret: {fields}",
    "git.msg.kind.challenge": "Udfordring",
    "git.msg.kind.escalation": "Sag",
    "git.msg.case": "{kind} {id}: {state}",
    "git.msg.case_filed": "{kind} {id}: indgivet om '{title}'",
    "git.msg.case_new_rule": "{kind} {id}: indgivet om '{title}', som nu er registreret som regel",
    "git.msg.case_trial": "{kind} {id}: {state} (forsøg til {end})",
    "git.msg.case_sent": "{kind} {id}: sendt videre til {level} (svar senest {due})",
    "git.msg.import": "Import fra {source}: {created}, {updated} ændret",
    "git.msg.review_render": "Referatet af gennemgangen {id} skrevet igen",
    "git.msg.case_render": "Dokumentet for sagen {id} skrevet igen",
    "git.msg.template": "Skabelonen {name} kopieret til templates/ for at blive tilpasset",
    "git.msg.init": "Register oprettet: {workplace}",
    "f.text": "Tekst",
    "f.owner.level": "Ejer (niveau)",
    "f.owner.body": "Ejer (organ)",
    "f.burden.minutes": "Byrde (minutter)",
    "f.burden.per_year": "Byrde (gange om året)",
    "f.burden.people": "Byrde (personer)",
    "f.suspended_from": "Sat ud af kraft fra",
    "f.suspended_until": "Sat ud af kraft til",
    "help.rule_history": "Vis en regels historik, den ældste først: hvem ændrede hvad og hvornår, både det, regelsyn har skrevet, og ændringer gjort i hånden, med den commit, der gemte dem.",
    "ex.rule_history": "Eksempel: [bold]regelsyn rule history rengoering-log[/bold] · [bold]regelsyn rule history rengoering-log --format json[/bold]",
    "help.case_history": "Vis en sags historik, den ældste først: hvert skridt, hvem der tog det, og den commit, der gemte det.",
    "ex.case_history": "Eksempel: [bold]regelsyn case history U-2026-0007-ugentlig-vejning-k3f9[/bold]",
    "opt.history_format": "Vis som tabel eller JSON.",
    "history.none": "Der er ingen historik endnu.",
    "history.col.date": "Dato",
    "history.col.who": "Hvem",
    "history.col.what": "Hvad",
    "history.col.saved": "Gemt",
    "history.not_saved": "ikke gemt endnu",
    "history.outside": "ændret uden om regelsyn",
    "history.layout": "kun kommentarer eller opstilling ændret",
    "history.added": "lagt i git",
    "history.unreadable": "kunne ikke læses i denne udgave",
    "history.by": "{what} af {by}",
    "history.fields": "Felter: {fields}",
    "help.sync": "Del registret med kollegerne: hent deres ændringer, flet dem med dine, og send det hele tilbage. Er den samme regel ændret begge steder, flettes den felt for felt; kun et felt, I begge har ændret, skal du vælge imellem.",
    "ex.sync": "Eksempel: [bold]regelsyn sync[/bold] · [bold]regelsyn sync --theirs rules/rengoering-log.yaml[/bold]",
    "opt.ours": "Behold din udgave af denne fil, hvis den er ændret begge steder (en fil, eller en regels eller sags id; kan gentages).",
    "opt.theirs": "Tag kollegaens udgave af denne fil, hvis den er ændret begge steder (kan gentages).",
    "tx.sync_render": "dokumenterne efter synkroniseringen",
    "git.msg.sync": "Synkroniseret med {remote}: {what}",
    "git.msg.sync_rendered": "Dokumenter skrevet igen efter synkronisering: {files}",
    "sync.step.fetch": "Henter ændringer fra {remote} …",
    "sync.step.merge": "Fletter dem med dine …",
    "sync.step.render": "Skriver referater og sagsdokumenter igen …",
    "sync.step.push": "Sender til {remote} …",
    "sync.rules_new": ("{n} ny regel", "{n} nye regler"),
    "sync.rules_changed": ("{n} regel ændret", "{n} regler ændret"),
    "sync.reviews_new": ("{n} ny gennemgang", "{n} nye gennemgange"),
    "sync.cases_new": ("{n} ny sag", "{n} nye sager"),
    "sync.cases_answered": ("{n} sag besvaret", "{n} sager besvaret"),
    "sync.cases_changed": ("{n} sag opdateret", "{n} sager opdateret"),
    "sync.other": ("{n} anden fil", "{n} andre filer"),
    "sync.received": "Fra {remote}: {what} (af {who}).",
    "sync.nothing_new": "Intet nyt fra {remote}.",
    "sync.sent": ("{n} ændring sendt til {remote}.", "{n} ændringer sendt til {remote}."),
    "sync.merged": "Ændret begge steder, men i forskellige felter, og derfor flettet uden at spørge: {files}",
    "sync.rendered": "Skrevet igen ud fra de flettede sager og gennemgange: {files}",
    "sync.conflict": "{path} er ændret både her og af en kollega:",
    "sync.gone_ours": "slettet her, ændret af kollegaen",
    "sync.gone_theirs": "ændret her, slettet af kollegaen",
    "sync.whole_file": "filen kan ikke flettes linje for linje",
    "sync.side.ours": "din udgave (her)",
    "sync.side.theirs": "kollegaens udgave",
    "sync.choose": "Hvilken udgave skal gælde for {path}",
    "sync.resolved": "{path}: {side} gælder.",
    "sync.no_git": "Registret er ikke et git-repository, så der er intet at synkronisere.",
    "sync.detached": "git står ikke på en gren, så regelsyn ved ikke, hvad der skal sendes.",
    "sync.no_remote": "Registret har ingen fælles kopi at synkronisere med.",
    "sync.no_remote_hint": "Få adressen på den fælles kopi af den, der har oprettet den, og kør én gang: git remote add origin ADRESSE",
    "sync.fetch_failed": "{remote} kunne ikke nås: {reason}",
    "sync.nothing_changed": "Intet er ændret her. Prøv igen, når der er forbindelse.",
    "sync.push_failed": "Kollegernes ændringer er hentet og flettet her, men dine kunne ikke sendes til {remote}: {reason}",
    "sync.again": "Kør 'regelsyn sync' igen lidt senere.",
    "sync.raced": "{remote} blev ved med at ændre sig under synkroniseringen.",
    "sync.unrelated": "Den fælles kopi i {remote} har en helt anden historik end dette register; regelsyn fletter dem ikke.",
    "sync.dirty": "Disse filer er ændret her uden at være gemt i historikken, og kollegernes ændringer ville skrive hen over dem: {files}",
    "sync.dirty_hint": "Intet er ændret. Gem ændringerne i historikken (git commit) eller fortryd dem, og kør 'regelsyn sync' igen.",
    "check.material_changed": "reglen er ændret, siden gennemgangen {review} forsvarede den ({fields}); forsvaret gjaldt den tidligere udgave, så den skal gennemgås igen",
    "sync.not_moved": "Kollegernes ændringer kunne ikke lægges ind her: {reason}",
    "init.comment.git": "regelsyn gemmer selv sine ændringer i git-historikken; commit: false overlader det til jer.",
    # counts, said with tn() in the form for the number: (one, many)
    "count.rules": ("{n} regel", "{n} regler"),
    "count.errors": ("{n} fejl", "{n} fejl"),
    "count.warnings": ("{n} advarsel", "{n} advarsler"),
    "count.hours_a_year": ("{n} time om året", "{n} timer om året"),
    "count.times_a_year": ("{n} gang om året", "{n} gange om året"),
    "count.people": ("{n} person", "{n} personer"),
    "import.count_new": ("{n} ny", "{n} nye"),
    "import.count_updated": ("{n} opdateret", "{n} opdaterede"),
    "import.count_unchanged": ("{n} uændret", "{n} uændrede"),
    "import.count_skipped": ("{n} sprunget over", "{n} sprunget over"),
    "import.count_invalid": ("{n} med fejl", "{n} med fejl"),
    "git.msg.count_new_rules": ("{n} ny regel", "{n} nye regler"),
    "learn.count_lessons": ("{n} afgørelse eller forsøg", "{n} afgørelser og forsøg"),
    "learn.count_registries": ("{n} register", "{n} registre"),
    # a registry's own template that says a plural message with t()
    "err.template_plural": 'beskeden \'{key}\' siger et antal og har en form for ental og en for flertal: skriv tn("{key}", antallet) i stedet for t("{key}", ...)',
}
