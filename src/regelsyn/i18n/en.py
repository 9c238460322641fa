"""English."""

MESSAGES: dict[str, str | tuple[str, ...]] = {
    # labels
    "label.error": "Error",
    "label.warning": "Warning",
    # help
    "help.app": (
        "regelsyn: defend or remove (forsvar eller fjern). Review your workplace's own rules and "
        "documentation requirements in MED/SU, use the challenge right (udfordringsret), and "
        "send whatever the workplace does not own itself on to the level that does."
    ),
    "ex.app": (
        "Examples: [bold]regelsyn init --example demo[/bold] · "
        "[bold]regelsyn -C demo rule list[/bold] · [bold]regelsyn -C demo check[/bold]"
    ),
    "help.init": (
        "Create a new registry: regelsyn.yaml with the authority ladder for your kind of "
        "workplace, the folder rules/ and .gitignore. Runs git init unless the folder is "
        "already inside a git repository."
    ),
    "ex.init": (
        "Example: [bold]regelsyn init solhaven --preset dk-kommune "
        '--workplace "Plejecenter Solhaven"[/bold] · '
        "or a copy of the example registry: [bold]regelsyn init demo --example[/bold]"
    ),
    "help.rule": "Register, show, find and edit rules and documentation requirements.",
    "ex.rule": "Example: [bold]regelsyn rule list --status active[/bold]",
    "help.rule_add": (
        "Register a rule or a documentation requirement. Without --title, --kind, --text and "
        "--owner-level, regelsyn asks for the fields one at a time."
    ),
    "ex.rule_add": (
        'Example: [bold]regelsyn rule add --title "Daily cleaning log" --kind documentation '
        '--text "Staff sign off every cleaning." --owner-level arbejdsplads '
        "--minutes 4 --per-year 730 --people 12 --tag hygiejne[/bold]"
    ),
    "help.rule_list": (
        "Show the rules as a table, JSON or CSV. Filters can be combined. --due-before also "
        "includes rules that have never been reviewed."
    ),
    "ex.rule_list": (
        "Example: [bold]regelsyn rule list --owner arbejdsplads --due-before 2027-01-01[/bold] · "
        "[bold]regelsyn rule list --format csv > regler.csv[/bold]"
    ),
    "help.rule_show": "Show one rule: as a panel, JSON, YAML or Markdown.",
    "ex.rule_show": "Example: [bold]regelsyn rule show rengoering-log --format md[/bold]",
    "help.rule_edit": (
        "Edit a rule. With flags, the fields are changed directly in the file (comments and "
        "layout are kept). Without flags, the file opens in $EDITOR; it is saved only once it "
        "is valid, and the previous version is never lost."
    ),
    "ex.rule_edit": (
        'Example: [bold]regelsyn rule edit rengoering-log --effect "No findings at inspections '
        '2023-2025 (inspection reports)"[/bold] · [bold]regelsyn rule edit rengoering-log[/bold]'
    ),
    "help.check": (
        "Check the whole registry: errors (exit 1) and warnings (exit 0, or 1 with --strict). "
        "Each finding is shown as file:line:column: field: message."
    ),
    "ex.check": (
        "Example: [bold]regelsyn check --strict[/bold] · [bold]regelsyn check --format json[/bold]"
    ),
    "help.schema": (
        "Write JSON Schema for regelsyn.yaml and rule files, so that editors can suggest fields "
        "and catch mistakes as you type."
    ),
    "ex.schema": "Example: [bold]regelsyn schema --out schemas[/bold]",
    # options
    "opt.registry": (
        "The registry's folder (otherwise REGELSYN_REGISTRY or the nearest folder upwards with "
        "regelsyn.yaml)."
    ),
    "opt.lang": (
        "Language for messages: da, nb or en (otherwise REGELSYN_LANG or the registry's language)."
    ),
    "opt.debug": "Show the full technical error description (traceback) on unexpected errors.",
    "opt.version": "Show the version and exit.",
    "opt.init_dir": "The folder that is to become a registry (created if needed).",
    "opt.preset": "Authority ladder: dk-kommune, dk-region, dk-stat or no-kommune.",
    "opt.workplace": "The workplace's name.",
    "opt.organisation": "The municipality, region or institution.",
    "opt.committee": "The committee's name, e.g. 'Lokal-MED Plejecenter Solhaven'.",
    "opt.language": "The registry's language: da, nb or en.",
    "opt.example": "Copy the example registry (Plejecenter Solhaven) instead of an empty registry.",
    "opt.no_git": "Do not run git init.",
    "opt.title": "The rule's title.",
    "opt.kind": "Kind: rule, documentation, registration, reporting, approval or measurement.",
    "opt.text": "The rule's wording.",
    "opt.owner_level": (
        "The level on the authority ladder that owns the rule (an id from regelsyn.yaml)."
    ),
    "opt.owner_body": "The body at that level, e.g. 'The centre management'.",
    "opt.legal_basis": "Legal basis (hjemmel), e.g. 'Sundhedsloven § 119'.",
    "opt.floor": "What a higher rule requires in any case (the floor).",
    "opt.adopted": "Date of adoption (YYYY-MM-DD).",
    "opt.applies": "Who the rule applies to (can be repeated).",
    "opt.purpose": "Purpose, with the documentation for it.",
    "opt.effect": "Documented effect, with its source.",
    "opt.legal_certainty": "Which legal certainty for citizens the rule protects.",
    "opt.minutes": "Minutes each time.",
    "opt.per_year": "Number of times a year per person.",
    "opt.people": "Number of people who do it.",
    "opt.use": "Who uses the result, and for what (for measurements and reports).",
    "opt.tag": "Keyword (can be repeated).",
    "opt.next_review": "Date of the next review (YYYY-MM-DD).",
    "opt.id": "Id (otherwise made from the title).",
    "opt.status": "Status: active, defended, amended, removed, suspended or escalated.",
    "opt.f_status": "Only rules with this status.",
    "opt.f_kind": "Only rules of this kind.",
    "opt.f_owner": "Only rules owned at this level.",
    "opt.f_tag": "Only rules with this keyword.",
    "opt.due_before": "Only rules due for review before this date (and those never reviewed).",
    "opt.format": "Format: table, json or csv.",
    "opt.show_format": "Format: table, json, yaml or md.",
    "opt.rule_id": "The rule's id (the file name without .yaml).",
    "opt.strict": "Treat warnings as errors (exit 1).",
    "opt.check_format": "Format: text or json.",
    "opt.schema_out": "Folder for the schemas (default: schemas/ in the registry).",
    # errors
    "err.no_registry": (
        "There is no registry here: neither {path} nor any folder above it contains regelsyn.yaml."
    ),
    "err.no_registry_at": "There is no registry in {path}: the folder does not contain regelsyn.yaml.",
    "hint.init": (
        "Create one with 'regelsyn init FOLDER', or point to an existing one with "
        "'regelsyn -C FOLDER …'."
    ),
    "err.registry_exists": (
        "There is already a registry: {path} exists. regelsyn will not overwrite it; choose "
        "another folder."
    ),
    "err.not_a_folder": "{path} is a file, not a folder.",
    "err.example_clash": (
        "The example registry cannot be copied to {path}, because these already exist: {parts}. "
        "Choose an empty folder."
    ),
    "err.bad_id": (
        "'{id}' is not a valid id: use lower-case letters a-z, digits and hyphens, at most 64 "
        "characters."
    ),
    "err.no_such_rule": "There is no rule with id '{id}'.",
    "hint.rule_list": "See all ids with 'regelsyn rule list'.",
    "err.rule_exists": "A rule with id '{id}' already exists ({path}). Choose another id.",
    "err.unknown_level": ("'{level}' is not a level in regelsyn.yaml. The levels are: {known}."),
    "err.unknown_level_hint": (
        "'{level}' is not a level in regelsyn.yaml (did you mean '{hint}'?). "
        "The levels are: {known}."
    ),
    "err.bad_date": "{flag}: '{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-01.",
    "err.bad_today": "REGELSYN_TODAY='{value}' is not a date (YYYY-MM-DD).",
    "err.changed_on_disk": (
        "{path} was changed by someone else while the command was running. Nothing has been "
        "written; run the command again."
    ),
    "err.empty_file": "the file is empty",
    "err.not_mapping": ("the file must contain fields (key: value), not a list or a single value"),
    "err.os": "the file cannot be read: {reason}",
    "err.outside": "{path} is outside the registry ({root}); that is not allowed.",
    "err.link_outside": "the file is a link to {target}, which lies outside the registry, and regelsyn does not read files outside the registry; put the file itself in the registry instead of the link",
    "err.write_link": "{path} is a link (to {target}); regelsyn neither writes through a link nor replaces it with a file. Put the file itself in the registry instead of the link, and run the command again.",
    "err.template": "The template {where} cannot be used: {reason}",
    "err.template_limit_text": (
        "it makes a text of over {n} character",
        "it makes a text of over {n} characters",
    ),
    "err.template_limit_items": (
        "it makes a list of over {n} item",
        "it makes a list of over {n} items",
    ),
    "err.template_limit_made": (
        "it makes over {n} character and list item in all",
        "it makes over {n} characters and list items in all",
    ),
    "err.template_limit_output": ("it writes over {n} character", "it writes over {n} characters"),
    "err.template_limit_loops": (
        "its loops run over {n} time in all",
        "its loops run over {n} times in all",
    ),
    "err.template_limit_calls": (
        "it calls macros over {n} time in all",
        "it calls macros over {n} times in all",
    ),
    "err.template_limit_depth": (
        "it goes over {n} level deep (macros, include, import, extends, recursive loops or lists in lists)",
        "it goes over {n} levels deep (macros, include, import, extends, recursive loops or lists in lists)",
    ),
    "err.template_limit_range": (
        "it asks range() for over {n} number",
        "it asks range() for over {n} numbers",
    ),
    "err.template_limit_digits": (
        "it computes with numbers of over {n} digit",
        "it computes with numbers of over {n} digits",
    ),
    "err.template_limit_memory": ("it uses over {n} MB of memory", "it uses over {n} MB of memory"),
    "err.template_limit_seconds": (
        "it computes for over {n} second",
        "it computes for over {n} seconds",
    ),
    "err.unexpected": (
        "Something unexpected went wrong ({kind}: {reason}). Nothing has been lost. Run again "
        "with --debug for details, and report the error."
    ),
    # what the operating system refused, or what ran out (errors.system_error)
    "os.a_file": "a file",
    "os.denied": "regelsyn was not allowed to read or write {path} (permission denied). Check that you may write in the registry's folder, or ask whoever owns the folder for access.",
    "os.read_only": "{path} is on a drive that can only be read, so regelsyn cannot write there. Run the command in a copy of the registry that you can write in.",
    "os.disk_full": "The disk is full, so regelsyn could not write {path}. A file is written whole or not at all, so no file is half written. Free some space and run the command again.",
    "os.quota": "Your space on the disk (your quota) is used up, so regelsyn could not write {path}. Delete some files, or ask for more space, and run the command again.",
    "os.missing": "{path} does not exist (any more); it may have been moved or deleted while the command ran. Check the path and run the command again.",
    "os.is_folder": "{path} is a folder, but regelsyn needed a file. Check the path and run the command again.",
    "os.not_folder": "Part of the path {path} is a file but should be a folder. Check the path and run the command again.",
    "os.name_too_long": "The name is too long for the file system: {path}. Choose a shorter name, or put the registry in a folder with a shorter path.",
    "os.too_many_open": "Too many files are open at once on this machine. Close some programs and run the command again.",
    "os.loop": "{path} is a link that points in a circle (or through far too many links). Fix or delete the link and run the command again.",
    "os.io": "The disk could not read or write {path} (input/output error). Check the disk or the network drive and run the command again.",
    "os.busy": "{path} is in use by another program. Close it and run the command again.",
    "os.other": "The system could not read or write {path} ({reason}). Check the file and its folder, and run the command again.",
    "os.memory": "There was not enough memory to finish the command. Close other programs and run it again; for a large spreadsheet, split it into several files.",
    "os.recursion": "regelsyn went too deep into something nested in itself (lists in lists in many layers, or a template that uses itself) and stopped. Find the file with 'regelsyn check', or check the registry's templates in templates/.",
    "err.fix_and_retry": (
        "Fix the errors above and run the command again ('regelsyn check' shows them all)."
    ),
    "err.interrupted": "Interrupted. Nothing half-written has been saved.",
    "err.no_terminal": (
        "There is no terminal to ask questions in. Give the details as flags: {flags}."
    ),
    "err.edit_no_terminal": (
        "There is no terminal to open an editor in. Give the changes as flags, e.g. "
        "'regelsyn rule edit {id} --purpose \"…\"' ('regelsyn rule edit -h' lists them all)."
    ),
    "err.no_editor": (
        "No editor found. Set EDITOR (e.g. EDITOR=nano), or edit fields with flags, e.g. "
        "'regelsyn rule edit ID --purpose ...'."
    ),
    # YAML
    "y.bad_date": "'{value}' is not a valid date (YYYY-MM-DD)",
    "y.tag": "the tag '{tag}' is not allowed in regelsyn files",
    "y.too_big": "the file is {size} bytes; the limit is {limit}",
    "y.not_utf8": "the file is not UTF-8; save it as UTF-8",
    "y.not_utf8_cp1252": (
        "the file is not UTF-8 (it looks like Windows-1252/latin-1); save it as UTF-8"
    ),
    "y.utf16": "the file is saved as UTF-16 (Notepad calls it 'Unicode'); regelsyn reads only UTF-8, so save it as UTF-8",
    "y.conflict": "the file has an unresolved git merge conflict (lines starting with <<<<<<<, ======= or >>>>>>>); edit the text into the version that should apply and delete the marker lines",
    "y.tab": "tabs are used for indentation; YAML requires spaces",
    "y.duplicate_key": "the key '{key}' appears twice (first on line {first})",
    "y.alias_bomb": "the file expands to far too many values (aliases repeating each other); it is not read",
    "y.roundtrip": "regelsyn could not write the file so that it reads back with the same content; nothing was written. Please report this.",
    "y.colon": "there is a ': ' where YAML does not expect a new field; put the text in quotes if it contains ': ' itself",
    "y.unclosed_list": "a list that starts with [ does not end with ]",
    "y.unclosed_braces": "a { ... } does not end with }",
    "y.unclosed_quote": "a quotation mark is not closed",
    "y.escape": "'\\{char}' cannot stand in a double-quoted text; use single quotes or write \\\\",
    "y.indent": "the indentation does not match the lines above (or something follows the last field)",
    "y.missing_colon": "a colon is missing after a field name",
    "y.undefined_alias": "*{name} refers to an anchor &{name} that does not exist; put the text in quotes if it starts with *",
    "y.bad_start": "a value cannot start with '{char}'; put it in quotes",
    "y.syntax": "invalid YAML: {problem}",
    # validation
    "v.missing": "must be filled in",
    "v.extra": "unknown field '{key}'. Allowed fields: {known}",
    "v.extra_hint": "unknown field '{key}' (did you mean '{hint}'?)",
    "v.string_type": "must be text, not {value}",
    "v.string_too_short": "must not be empty",
    "v.int": "must be a whole number, not {value}",
    "v.float": "must be a number, not {value}",
    "v.bool": "must be true or false, not {value}",
    "v.date": "must be a date like YYYY-MM-DD, not {value}",
    "v.list": "must be a list, e.g. [a, b], not {value}",
    "v.mapping": "must be fields (key: value), not {value}",
    "v.ge": "must be at least {ge}, not {value}",
    "v.le": "must be at most {le}, not {value}",
    "v.too_short": ("must have at least {n} item", "must have at least {n} items"),
    "v.slug": (
        "{value} is not a valid id: use lower-case letters a-z, digits and hyphens, "
        "at most 64 characters"
    ),
    "v.literal": "{value} is not allowed; choose one of: {expected}",
    "v.date_answer": "'{value}' is not a date. Write YYYY-MM-DD, e.g. 2027-03-01.",
    "v.number_answer": "'{value}' is not a number.",
    "v.int_answer": "'{value}' is not a whole number.",
    "v.negative_answer": "'{value}' must not be negative.",
    # check
    "check.ok": (
        "The registry is in order: {n} rule, no errors or warnings.",
        "The registry is in order: {n} rules, no errors or warnings.",
    ),
    "check.summary": "{errors} and {warnings} in {rules}.",
    "check.stray_file": "the file is not read: rule files must end in .yaml",
    "check.duplicate_level": "the level '{id}' appears more than once in the authority ladder",
    "check.unknown_local_level": "'{level}' is not one of the levels under levels",
    "check.unknown_local_level_hint": (
        "'{level}' is not one of the levels under levels (did you mean '{hint}'?)"
    ),
    "check.id_mismatch": "id '{id}' must be the same as the file name ('{stem}')",
    "check.unknown_level": "'{level}' is not a level in regelsyn.yaml",
    "check.unknown_level_hint": (
        "'{level}' is not a level in regelsyn.yaml (did you mean '{hint}'?)"
    ),
    "check.duplicate_id": "id '{id}' is also used in {others}",
    "check.no_premise": (
        "no premise is documented (purpose, effect or legal certainty); without one, the "
        "starting point is to remove the rule"
    ),
    "check.defended_without_premise": (
        "the rule is marked as defended, but no premise is documented (purpose, effect or "
        "legal certainty)"
    ),
    "check.defended_without_effect": (
        "the rule is marked as defended without a documented effect, which the registry's "
        "policy requires"
    ),
    "check.review_overdue": (
        "the review was due on {date} ({n} day ago)",
        "the review was due on {date} ({n} days ago)",
    ),
    "check.burden_unknown": "the burden is unknown: fill in minutes, per_year and people",
    # init
    "init.done": (
        "Registry created in {path} ({n} file or folder).",
        "Registry created in {path} ({n} files and folders).",
    ),
    "init.next": (
        "Next steps: adjust the authority ladder in regelsyn.yaml, register rules with "
        "'regelsyn -C {path} rule add', and check with 'regelsyn -C {path} check'."
    ),
    "init.git_done": "git repository created.",
    "init.git_inside": "The folder is already inside a git repository; git init was not run.",
    "init.git_missing": "git was not found; the registry was created without git.",
    "init.header": (
        "regelsyn: the registry's settings (template: {preset}). Adjust the names to fit your "
        "organisation."
    ),
    "init.comment.local_level": "Rules owned at this level can be removed by the workplace itself.",
    "init.comment.levels": (
        "The authority ladder, nearest level first. response_days: deadline for a reply to a case."
    ),
    "init.comment.review": "Months until the next review; defend_requires: one or effect.",
    # rule
    "rule.added": "The rule '{id}' is registered in {path}.",
    "rule.added_next": "See it with 'regelsyn rule show {id}'.",
    "rule.edited": "The rule '{id}' has been edited: {fields}.",
    "rule.saved": "The rule '{id}' has been saved ({path}).",
    "rule.unchanged": "No changes to '{id}'; the file is unchanged.",
    "rule.list_empty": "No rules match.",
    "rule.list_total": "{rules}, {hours} in total.",
    "rule.list_skipped": (
        "{n} rule file could not be read and was left out.",
        "{n} rule files could not be read and were left out.",
    ),
    "edit.resume_draft": "Continuing with your earlier draft: {path}",
    "edit.editor_failed": "The editor exited with error code {code}. Your draft is in {path}.",
    "edit.reopen": "The file is not valid. Do you want to open it again and fix it?",
    "edit.merged": "{path} was changed by someone else meanwhile; your changes were applied on top of theirs, and both are kept (comments you wrote in the draft were not carried over).",
    "edit.conflict": "{path} was changed by someone else since you began editing, and you both changed: {fields}. Neither change is lost: your draft is in {draft}, and the difference is shown below. Bring the other change into your draft and save again.",
    "edit.theirs": "{path} (now, with the other change)",
    "edit.mine": "your draft",
    "edit.reopen_conflict": "Open the draft again to bring in the other change?",
    "edit.kept_draft": (
        "The rule has not been changed. Your draft is saved in {path}; run "
        "'regelsyn rule edit {id}' to continue with it."
    ),
    # prompts
    "q.title": "Title",
    "q.kind": "Kind (number or name)",
    "q.text": "Wording",
    "q.owner_level": "Who owns the rule (number or id)",
    "q.owner_body": "Body (e.g. the centre management, can be left out)",
    "q.legal_basis": "Legal basis (can be left out)",
    "q.legal_basis_help": (
        "The law, executive order or collective agreement the rule is based on, e.g. "
        "'Sundhedsloven § 119'."
    ),
    "q.floor": "Floor (can be left out)",
    "q.floor_help": (
        "If the rule is a local extension: what does the higher rule require in any case?"
    ),
    "q.purpose": "Purpose (can be left out)",
    "q.effect": "Effect (can be left out)",
    "q.effect_help": (
        "Documented effect, with its source, e.g. "
        "'The fall rate dropped 18% 2021-2023 (quality report)'."
    ),
    "q.legal_certainty": "Legal certainty (can be left out)",
    "q.minutes": "Minutes each time (can be left out)",
    "q.per_year": "Times a year per person (can be left out)",
    "q.people": "Number of people (can be left out)",
    "q.tags": "Keywords, separated by commas (can be left out)",
    "q.next_review": "Next review YYYY-MM-DD (can be left out)",
    "prompt.required": "This field must be filled in.",
    "prompt.choose": "'{typed}' is not one of the choices. Type a number or one of: {choices}",
    "word.unknown": "'{typed}' is not one of the words here; use one of: {words}",
    "help.word_metavar": "WORD",
    "err.bad_side": "'{value}': the side cannot be read: {reason}",
    "word.ambiguous": "'{typed}' could mean several things: {words}; type a little more",
    "word.not_here": "'{typed}' cannot be used here; use one of: {words}",
    "help.one_of": "One of: {words} (in Danish, Norwegian or English too, or the beginning of the word).",
    "word.request.remove": "remove",
    "word.request.amend": "amend, change",
    "word.request.trial": "trial",
    "word.side.ledelse": "management, manager, managers",
    "word.side.medarbejdere": "employee, employees, staff",
    "word.side.politikere": "politician, politicians",
    "word.stance.agreement": "agree, agreed",
    "word.stance.disagreement": "disagree, disagreed",
    "word.verdict.defend": "defend",
    "word.verdict.remove": "remove",
    "word.verdict.amend": "amend",
    "word.verdict.merge": "merge",
    "word.verdict.escalate": "escalate, send on",
    "word.verdict.defer": "defer",
    "word.state.granted": "grant, yes",
    "word.state.rejected": "reject, no",
    "prompt.gave_up": "No valid answer to '{label}'; nothing has been saved.",
    "prompt.yes_no_default_yes": "[Y/n]",
    "prompt.yes_no_default_no": "[y/N]",
    "prompt.yes_letters": "y",
    # fields
    "f.field": "Field",
    "f.value": "Value",
    "f.id": "Id",
    "f.title": "Title",
    "f.kind": "Kind",
    "f.status": "Status",
    "f.owner": "Owner",
    "f.legal_basis": "Legal basis",
    "f.floor": "Floor",
    "f.adopted": "Adopted",
    "f.applies_to": "Applies to",
    "f.premises": "Premises",
    "f.purpose": "Purpose",
    "f.effect": "Effect",
    "f.legal_certainty": "Legal certainty",
    "f.burden": "Burden",
    "f.hours_per_year": "Hours/year",
    "f.use": "Use of the result",
    "f.next_review": "Next review",
    "f.tags": "Keywords",
    "col.next_review": "Review due",
    "f.history": "History",
    "show.not_documented": "not documented",
    "show.burden_line": "{minutes} min × {per_year} × {people} = {hours}",
    "show.burden_unknown": "unknown",
    # values
    "kind.rule": "rule",
    "kind.documentation": "documentation",
    "kind.registration": "registration",
    "kind.reporting": "reporting",
    "kind.approval": "approval",
    "kind.measurement": "measurement",
    "status.active": "active",
    "status.defended": "defended",
    "status.amended": "amended",
    "status.removed": "removed",
    "status.suspended": "suspended (trial)",
    "status.escalated": "escalated",
    "event.created": "registered",
    "event.edited": "edited",
    "event.reviewed": "reviewed",
    "event.challenged": "challenged",
    "event.escalated": "escalated",
    "event.decided": "decided",
    "event.imported": "imported",
    # schema
    "schema.title_config": "regelsyn: the registry's settings (regelsyn.yaml)",
    "schema.title_rule": "regelsyn: rule or documentation requirement (rules/<id>.yaml)",
    "schema.written": "Wrote {path}",
    "schema.hint": (
        "Put this line at the top of a rule file to get help in your editor:\n"
        "# yaml-language-server: $schema={path}"
    ),
    # review
    "help.review": (
        "Defend or remove: the committee goes through the rules one at a time and makes a "
        "decision on each. 'regelsyn review [IDs]' starts a meeting; 'review list', "
        "'review show' and 'review render' show earlier meetings."
    ),
    "help.review_run": (
        "Hold a review meeting. Without IDs, it takes the rules that are due for review (--due: "
        "the date has been reached, or they have never been reviewed). The draft is saved after "
        "each decision; continue with --resume. Without a terminal: use --decisions FILE."
    ),
    "ex.review": (
        'Example: [bold]regelsyn review --participant "Anne Holm:ledelse:formand" '
        '--participant "Bo Jensen:medarbejdere:naestformand" --decided-by "Anne Holm '
        '(centre manager)"[/bold] · [bold]regelsyn review --decisions beslutninger.yaml[/bold]'
    ),
    "help.review_list": "Show earlier reviews with the number of decisions and the hours freed.",
    "ex.review_list": "Example: [bold]regelsyn review list[/bold]",
    "help.review_show": "Show one review: the minutes (md), YAML or JSON.",
    "ex.review_show": "Example: [bold]regelsyn review show 2026-11-22[/bold]",
    "help.review_render": (
        "Write the minutes reviews/ID.md again from reviews/ID.yaml and the templates. The file "
        "is left unchanged if nothing has changed."
    ),
    "ex.review_render": "Example: [bold]regelsyn review render 2026-11-22[/bold]",
    "help.template": "See the built-in templates, and copy one to the registry to adapt it.",
    "help.template_list": "Show the templates, and whether the registry has its own version.",
    "ex.template_list": "Example: [bold]regelsyn template list[/bold]",
    "help.template_export": (
        "Copy a built-in template to the registry's templates/, where it can be edited. The "
        "registry's version is then used instead of the built-in one."
    ),
    "ex.template_export": "Example: [bold]regelsyn template export review.md.j2[/bold]",
    "opt.review_ids": "The rules to review (otherwise those that are due for review now).",
    "opt.review_due": "Only rules whose review date has been reached or that were never reviewed (default).",
    "opt.review_all": "All rules that have not been removed.",
    "opt.review_date": "The meeting's date (YYYY-MM-DD; default: today).",
    "opt.participant": (
        "Participant as 'Name:side[:role]'; side is ledelse (management), medarbejdere "
        "(employees) or politikere (politicians), role e.g. formand (chair), naestformand "
        "(vice-chair), tillidsrepraesentant (union representative), amr (work-environment "
        "representative). Can be repeated."
    ),
    "opt.decided_by": (
        "The person with the authority to make the decision, e.g. 'Anne Holm (centre manager)'."
    ),
    "opt.decisions": "Apply the decisions in this YAML file (all or nothing).",
    "opt.resume": "Continue the open meeting from its draft.",
    "opt.abandon": "Discard the open meeting's draft.",
    "opt.yes": "Do not ask first (for --abandon without a terminal).",
    "opt.review_id": "The review's id (e.g. 2026-11-22).",
    "opt.template_name": "The template's name, e.g. review.md.j2.",
    "opt.force": "Overwrite the registry's own version.",
    "err.bad_participant": (
        "'{value}' is not a participant. Write 'Name:side' or 'Name:side:role', where side is "
        "one of: {sides}."
    ),
    "err.no_decisions_file": "The file {path} does not exist.",
    "err.no_such_review": "There is no review with id '{id}'.",
    "hint.review_list": "See them with 'regelsyn review list'.",
    "err.record_exists": "{path} already exists; regelsyn will not overwrite it.",
    "err.record_too_big": "{path} would take {size} bytes, but a registry file may take at most {limit} bytes ('regelsyn check' would refuse it); nothing was written. Shorten the long texts.",
    "err.due_and_all": "Choose either --due or --all, not both.",
    "err.open_session": (
        "There is an open meeting ({path}). Continue it with 'regelsyn review --resume', or "
        "discard it with 'regelsyn review --abandon'."
    ),
    "err.no_open_session": "There is no open meeting to continue.",
    "err.review_no_terminal": (
        "There is no terminal to hold the meeting in. Write the decisions in a file and run "
        "'regelsyn review --decisions FILE' (the format is described in the README)."
    ),
    "err.draft_rules_gone": (
        "The draft mentions rules that no longer exist: {ids}. Discard the draft with "
        "'regelsyn review --abandon'."
    ),
    "err.no_such_template": "There is no built-in template '{name}'. The templates are: {names}.",
    "err.template_exists": "{path} already exists. Use --force to overwrite it.",
    "review.note_merged": "Merged with {into}.",
    "review.nothing_due": "No rules are due for review now. Use --all or give IDs.",
    "review.resuming": (
        "Continuing the meeting: {done} of {n} rule has been decided.",
        "Continuing the meeting: {done} of {n} rules have been decided.",
    ),
    "review.all_decided": (
        "All rules have been reviewed ({n} decision).",
        "All rules have been reviewed ({n} decisions).",
    ),
    "review.confirm_save": "Save the review, update the rules and write the minutes now?",
    "review.kept_draft": (
        "Nothing has been saved yet; the draft has been kept. Continue with "
        "'regelsyn review --resume'."
    ),
    "review.interrupted": "The meeting was interrupted. The decisions so far are saved in the draft; continue with 'regelsyn review --resume'.",
    "review.abandoned": "The open meeting's draft has been discarded.",
    "review.confirm_abandon": (
        "Discard the open meeting with {n} decision? It cannot be brought back.",
        "Discard the open meeting with {n} decisions? They cannot be brought back.",
    ),
    "err.abandon_needs_yes": (
        "The open meeting has {n} decision. Add --yes to discard it without being asked.",
        "The open meeting has {n} decisions. Add --yes to discard it without being asked.",
    ),
    "review.recorded": (
        "The review {id} has been saved with {n} decision. Minutes: {path}",
        "The review {id} has been saved with {n} decisions. Minutes: {path}",
    ),
    "review.case_opened": "Case opened: {path}",
    "review.next": "Read through the minutes, and have them approved by the chair and vice-chair: {path}",
    "review.none": "There are no reviews yet.",
    "review.rendered": "The minutes have been written: {path}",
    "review.render_unchanged": "The minutes are unchanged: {path}",
    "template.own": "the registry's own",
    "template.builtin": "built-in",
    "template.exported": "The template has been copied to {path}; edit it there.",
    # decisions
    "check.d_unknown_rule": "there is no rule with id '{id}'",
    "check.d_not_dispensable": (
        "'{verdict}' is not possible: the rule comes under {level}, which cannot grant an "
        "exemption. Defend the rule, or defer it; if your local practice goes beyond the "
        "requirement, register the local part as a rule of its own with the requirement as its "
        "floor"
    ),
    "check.d_not_own": (
        "'{verdict}' is not possible: the rule is owned by {level}, not by the workplace. Use "
        "escalate with recommend: remove, amend or trial"
    ),
    "check.d_is_own": (
        "'{verdict}' is not possible: the workplace owns the rule itself and decides on it here "
        "(defend, amend, merge, remove or defer)"
    ),
    "check.d_no_floor": "reduce_to_floor requires the rule to have a floor (floor)",
    "check.d_defend_no_premise": (
        "a rule can only be defended with at least one documented premise: give premises with "
        "purpose, effect or legal_certainty"
    ),
    "check.d_defend_no_effect": (
        "the registry's policy requires a documented effect to defend a rule"
    ),
    "check.d_needs_text": "{verdict} requires the new wording (text)",
    "check.d_needs_into": "{verdict} requires the rule it is merged with (into)",
    "check.d_needs_recommend": (
        "{verdict} requires a recommendation (recommend: remove, amend or trial)"
    ),
    "check.d_needs_reason": "{verdict} requires a reason (reason)",
    "check.d_merge_self": "a rule cannot be merged with itself",
    "check.d_needs_minority": "when there is disagreement, the minority note must be included (minority)",
    "check.d_no_participants": "the meeting's participants are missing (participants)",
    "check.d_no_decider": "the person who makes the decision is missing (decided_by)",
    "check.d_duplicate": "the rule '{id}' already has a decision in this file",
    "check.d_needs_proposal": "a case sent on needs the committee's proposal to the rule's owner (proposal)",
    "check.d_needs_trial": "a trial needs its period, safeguards and evaluation (trial: start, end, purpose_kept, legal_certainty_kept, higher_rules_kept, evaluation)",
    "check.d_merge_into_removed": "the rule '{id}' is removed (or is removed at this meeting); a rule cannot be merged into a removed rule",
    "check.d_about": "{id} ({title})",
    # meeting
    "meet.triage_title": "The rules on the agenda, sorted by what the committee can do",
    "meet.participants_intro": (
        "Who is taking part? Enter one participant at a time as Name:side[:role] (side: "
        "ledelse, medarbejdere or politikere). Leave the line empty when everyone is in."
    ),
    "meet.participant": "Participant {number}",
    "meet.decided_by": (
        "Who has the authority to make the decision? (e.g. Anne Holm (centre manager))"
    ),
    "meet.rule_heading": "Rule {number} of {total}: {title}",
    "meet.group_own": (
        "The workplace owns the rule itself and can defend, amend, merge or remove it."
    ),
    "meet.group_floor": (
        "The rule is a local extension of a higher requirement. The workplace can itself cut it "
        "back to the floor or remove the local part."
    ),
    "meet.group_send_on": (
        "The rule is owned higher up. The committee can defend it or send it on with a "
        "recommendation."
    ),
    "meet.group_not_dispensable": (
        "The rule is based on EU law, from which no exemption can be granted."
    ),
    "meet.eu_hint": (
        "No premise is documented, but EU law cannot be removed from here. Enter the purpose, or "
        "defer the decision."
    ),
    "meet.premises_intro": "Are the rule's premises documented? Enter the documentation, press Enter to confirm what is shown, or type - for 'not documented'. Only what the meeting states or confirms counts.",
    "meet.q_purpose": "Purpose",
    "meet.q_effect": "Effect",
    "meet.q_legal_certainty": "Legal certainty",
    "meet.verdict": "Decision (number or name)",
    "meet.new_text": "New wording",
    "meet.floor_text": "Wording after cutting back to the floor",
    "meet.hours_after": "Hours a year afterwards, if known (can be left out)",
    "meet.into": "Merge with rule (id)",
    "meet.recommend": "Recommendation to the owner of the rule",
    "meet.reason": "Why is the decision deferred?",
    "meet.grounds": "Reasons (can be left out)",
    "meet.stance": "The committee's position",
    "meet.minority": "Minority note",
    "meet.action_owner": "Who follows up? (can be left out)",
    "meet.action_due": "Follow-up deadline YYYY-MM-DD",
    "meet.premises_again": "Answer the premises again and document at least one, or choose another decision.",
    "meet.problem": "What is the problem with the rule? (goes into the application)",
    "meet.proposal": "The committee's proposal to the rule's owner (for an amendment: the new wording)",
    "meet.trial_alternative": "The lighter version tried instead (Enter: the rule is set aside during the trial)",
    "meet.open_case": "Open case on the rule: {id} – asking for {request} ({state})",
    # the decision log
    "log.generated": (
        "Generated by regelsyn from reviews/{id}.yaml. Do not edit this file; run "
        "'regelsyn review render {id}'."
    ),
    "log.title": "Minutes: defend or remove, {workplace}",
    "log.intro": (
        "The committee has gone through the workplace's own rules and documentation "
        "requirements. A rule is kept only if it can be defended by a documented purpose, "
        "effect or citizens' legal certainty. Rules that the workplace does not own itself are "
        "sent on to the level that can change them."
    ),
    "log.workplace": "Workplace",
    "log.committee": "Committee",
    "log.date": "Date",
    "log.decided_by": "Decisions made by",
    "log.participants": "Participants",
    "log.summary": "In brief",
    "log.verdict": "Decision",
    "log.count": "Number",
    "log.freed": ("Time freed: {n} hour a year.", "Time freed: {n} hours a year."),
    "log.no_decisions": "No decisions were made.",
    "log.triage": "The rules on the agenda",
    "log.triage_intro": "The rules are sorted by who can change them.",
    "log.group": "Who can change it",
    "log.decisions": "Decisions",
    "log.recommend": "recommendation: {what}",
    "log.merged_into": "merged with `{into}`",
    "log.grounds": "Reasons",
    "log.reason": "Why deferred",
    "log.new_text": "New wording",
    "log.freed_one": ("Frees {n} hour a year.", "Frees {n} hours a year."),
    "log.stance": "The committee's position",
    "log.minority": "minority note",
    "log.proposal": "Proposal to the rule's owner",
    "log.action": "Follow-up",
    "log.action_line": "{owner}, no later than {due}",
    "log.escalations": "Sent on",
    "log.escalations_intro": (
        "The workplace does not own these rules. The committee's recommendation is sent to the "
        "level that owns them; the reply is recorded on the case."
    ),
    "log.escalation_line": "case {case}, recommendation: {what}",
    "log.approval": "Approval",
    "log.approval_intro": (
        "The minutes are approved by the chair and vice-chair and made available to all employees."
    ),
    "log.role": "Role",
    "log.name": "Name",
    "log.signature": "Signature",
    "log.hours_freed": "Freed (hours/year)",
    "side.ledelse": "Management",
    "side.medarbejdere": "Employees",
    "side.politikere": "Politicians",
    "role.formand": "chair",
    "role.naestformand": "vice-chair",
    "role.tillidsrepraesentant": "union representative",
    "role.amr": "work-environment representative",
    "verdict.defend": "defended",
    "verdict.amend": "amended",
    "verdict.reduce_to_floor": "cut back to the floor",
    "verdict.merge": "merged",
    "verdict.remove": "removed",
    "verdict.escalate": "sent on",
    "verdict.defer": "deferred",
    "recommend.remove": "remove the rule",
    "recommend.amend": "amend the rule",
    "recommend.trial": "trial with an exemption",
    "stance.agreement": "agreement",
    "stance.disagreement": "disagreement",
    "group.own": "Own competence",
    "group.floor": "Local extension of a higher requirement",
    "group.send_on": "To be sent on",
    "group.not_dispensable": "No exemption possible (EU)",
    # cases
    "case.generated": (
        "Generated by regelsyn from cases/{id}.yaml. Do not edit this file; it is written "
        "again when the case changes."
    ),
    "case.title_challenge": "Challenge",
    "case.title_escalation": "Case",
    "case.request": "Request",
    "case.status": "Status",
    "case.decides": "Decided by",
    "case.none": "none (the case is closed)",
    "app.title_remove": "Application for the repeal of a rule",
    "app.title_amend": "Application for the amendment of a rule",
    "app.title_trial": "Application for a trial with an exemption",
    "app.to": "To",
    "app.from": "From",
    "app.case": "Case",
    "app.route": "Route",
    "app.reply_by": "Reply requested by",
    "app.no_deadline": "no deadline given",
    "app.applicant_heading": "Applicant",
    "app.filed_by": "The case was raised by {name} under the challenge right.",
    "app.filed_anonymous": "The case was raised anonymously under the challenge right, via {via}.",
    "app.applicant": (
        "{committee} at {workplace} is forwarding the case to the level that owns the rule."
    ),
    "app.from_review": "This was decided at the review {review}.",
    "app.stance_agreement": "The committee is united in support of the application.",
    "app.stance_disagreement": "The committee is not in agreement.",
    "app.rule_heading": "The rule",
    "app.none": "none given",
    "app.problem_heading": "The problem",
    "app.proposal_heading": "The proposal",
    "app.proposal_remove": "That the rule be repealed.",
    "app.proposal_amend": (
        "That the rule be amended so that it can be defended on the basis of its purpose."
    ),
    "app.proposal_trial": (
        "That the workplace be exempted from the rule for the trial period set out below."
    ),
    "app.burden_heading": "Burden and gain",
    "app.burden": (
        "The rule currently costs {n} hour a year.",
        "The rule currently costs {n} hours a year.",
    ),
    "app.burden_unknown": "The rule's burden has not been calculated.",
    "app.gain": ("Expected gain: {n} hour a year.", "Expected gain: {n} hours a year."),
    "app.trial_heading": "The trial",
    "app.trial_period": "Trial period: {start} to {end}.",
    "app.alternative": "Tried instead",
    "app.alternative_hours": ("{n} hour a year", "{n} hours a year"),
    "app.purpose_kept": "The purpose is kept",
    "app.legal_certainty_kept": "Citizens' legal certainty is not weakened",
    "app.higher_rules_kept": "Higher rules (including EU law) are not set aside",
    "app.evaluation": "Evaluation",
    "app.result": "Result of the evaluation",
    "app.reply_heading": "Reply",
    "app.reply_request": "We kindly ask for your reply by {due}.",
    "app.reply_request_open": "We kindly ask for your reply.",
    "app.reply_how": "The reply will be recorded on case {id}.",
    "app.history_heading": "History of the case",
    "app.by": "By",
    "app.note": "Note",
    "request.remove": "that the rule be removed",
    "request.amend": "that the rule be amended",
    "request.trial": "trial with an exemption",
    "state.submitted": "submitted",
    "state.in_review": "under review",
    "state.granted": "granted",
    "state.partly": "partly granted",
    "state.rejected": "rejected",
    "state.escalated": "escalated",
    "state.redirected": "redirected to another level",
    "state.no_answer": "no answer",
    "state.trial_running": "trial running",
    "state.evaluated": "evaluated",
    "state.made_permanent": "made permanent",
    "state.reverted": "reverted",
    "state.withdrawn": "withdrawn",
    "state.closed": "closed",
    "err.no_such_case": "There is no case with id '{id}'.",
    "hint.challenge_list": "See all cases with 'regelsyn challenge list'.",
    "err.trial_needs_safeguards": (
        "A trial requires a start and end date, all three safeguards and a plan for "
        "evaluation: --start, --end, --purpose-kept, --legal-certainty-kept, "
        "--higher-rules-kept and --evaluation."
    ),
    "err.trial_not_dispensable": (
        "A trial cannot be applied for: the rule comes under {level}, from which no exemption "
        "can be granted. Instead, ask for the local practice to be changed (--request amend), "
        "or challenge the local extension if your practice goes beyond the requirement."
    ),
    "err.escalate_not_dispensable": (
        "The rule comes under {level}, which cannot grant an exemption, so there is no one to "
        "send the case to. Defend the rule, or challenge the local practice around it."
    ),
    "err.escalate_own": (
        "The workplace owns the rule '{id}' itself; it is decided locally (regelsyn review or "
        "regelsyn challenge decide), not sent on."
    ),
    "err.transition": (
        "A case that is {current} cannot become {wanted}. Possible next steps: {allowed}."
    ),
    "err.decide_not_own": (
        "The rule is owned by {level}, so the workplace cannot grant the case itself. Send it "
        "on with 'regelsyn escalate {id}'."
    ),
    "import.status_new": "a new rule starts as 'active'; status '{status}' is set by a review or a case, not by a spreadsheet",
    "err.status_by_review": "The status of the rule '{id}' is not changed by hand: a review (regelsyn review) or a case (regelsyn challenge, regelsyn case reply) changes it.",
    "hint.status_by_review": "Take the rule up at the next meeting, or use the challenge right: regelsyn challenge new --rule ID.",
    "err.trial_not_started": "The trial in case {id} does not start until {start}; it cannot be evaluated, made permanent or reverted before then.",
    "err.trial_over": "The trial period in case {id} ended on {end}; a trial cannot be granted afterwards. File a new one with a new period.",
    "check.case_unknown_rule": "the case mentions the rule '{id}', which does not exist",
    "check.case_named_anonymous": (
        "the case is anonymous but names the person who filed it; delete the name"
    ),
    "check.ref_missing": "the history points at {ref}, which does not exist; bring the file back from git, or run 'regelsyn check' after an interrupted command",
    "check.status_unbacked": "status '{status}' was not set by a review or a case; a status changes only through regelsyn review or a case (set it back, or take the rule up at a meeting)",
    "check.owner_changed": "the rule's owner changed since its last review; take the rule up at a meeting, so that the committee sees who can now change it",
    # control and hidden characters in record text
    "check.hidden_characters": "the field holds a hidden or control character ({char}) that can make the text look other than it is; delete it, or type the text again",
    "check.case_reply_overdue": (
        "the reply deadline was {date} ({n} day ago); chase the reply, or record 'no_answer'",
        "the reply deadline was {date} ({n} days ago); chase the reply, or record 'no_answer'",
    ),
    "check.case_trial_ended": (
        "the trial ended on {date} and must be evaluated: regelsyn challenge evaluate"
    ),
    # challenge, escalate, case, inbox
    "help.challenge": (
        "The challenge right: any employee can challenge a rule and ask for it to be removed, "
        "amended or suspended in a trial."
    ),
    "ex.challenge": (
        "Example: [bold]regelsyn challenge new --rule ugentlig-vejning --request remove "
        '--problem "The weighing is not used" --anonymous --via "Carla Nielsen (union '
        'representative)"[/bold]'
    ),
    "help.challenge_new": (
        "File a challenge, by name or anonymously via a representative. Without flags, "
        "regelsyn asks. A trial requires a period, all three safeguards and an evaluation plan."
    ),
    "ex.challenge_new": (
        "Example: [bold]regelsyn challenge new --rule koeletemperatur-log --request trial "
        '--problem "Two daily measurements add nothing" --filed-by "Dorte Bak" --start '
        '2027-01-01 --end 2027-06-30 --purpose-kept "One daily measurement" '
        '--legal-certainty-kept "No citizens\' rights are affected" --higher-rules-kept "The '
        'own-check programme is followed" --evaluation "The kitchen manager reviews deviations '
        'in July"[/bold]'
    ),
    "help.challenge_list": (
        "Show the cases; filter by status or by those with an overdue reply deadline."
    ),
    "ex.challenge_list": "Example: [bold]regelsyn challenge list --overdue --format csv[/bold]",
    "help.challenge_show": "Show one case: the document (md), YAML or JSON.",
    "ex.challenge_show": (
        "Example: [bold]regelsyn challenge show U-2026-0001-ugentlig-vejning-k3f9[/bold]"
    ),
    "help.challenge_decide": (
        "Decide a case that is within the workplace's own competence: in_review, granted, "
        "partly, rejected, withdrawn or closed. A granted trial suspends the rule until the "
        "trial's end date."
    ),
    "ex.challenge_decide": (
        "Example: [bold]regelsyn challenge decide U-2026-0001-ugentlig-vejning-k3f9 --outcome "
        'granted --reasons "The weighing is not used" --by "Anne Holm (centre manager)"[/bold]'
    ),
    "help.challenge_evaluate": (
        "Evaluate a trial once it has ended: make it permanent (the rule is removed) or "
        "reinstate the rule."
    ),
    "ex.challenge_evaluate": (
        "Example: [bold]regelsyn challenge evaluate U-2027-0002-koeletemperatur-log-m4p8 "
        '--result "No deviations during the period" --outcome made_permanent[/bold]'
    ),
    "help.escalate": (
        "Send a case on to the level that owns the rule (ID is a case or a rule; a rule gets a "
        "new case). Writes the application cases/ID.md with a reply deadline."
    ),
    "ex.escalate": (
        'Example: [bold]regelsyn escalate besoeg-klokkeslaet --recommend remove --problem "The '
        'clock times are not used"[/bold] · [bold]regelsyn escalate '
        "U-2026-0003-vagtplan-q2w7[/bold]"
    ),
    "help.case": "Record the reply to a case that has been sent on, and see a case's history.",
    "help.case_reply": (
        "Record the reply from the level the case was sent to: granted, partly, rejected, "
        "redirected or no_answer. The rule and the case document are updated."
    ),
    "ex.case_reply": (
        "Example: [bold]regelsyn case reply E-2026-0001-besoeg-klokkeslaet-k3f9 --outcome "
        'granted --date 2026-12-15 --note "The administration is repealing the '
        'requirement"[/bold]'
    ),
    "help.case_render": "Write the case document cases/ID.md again.",
    "ex.case_render": (
        "Example: [bold]regelsyn case render E-2026-0001-besoeg-klokkeslaet-k3f9[/bold]"
    ),
    "help.inbox": (
        "See all open cases that many workplaces have sent to one level (e.g. an "
        "administration). REGISTRY is folders, patterns like '../*/' or git addresses."
    ),
    "ex.inbox": (
        "Example: [bold]regelsyn inbox --level forvaltning '../*/' --render indbakke.md[/bold]"
    ),
    "opt.case_id": "The case's id, e.g. U-2026-0007-vejning-k3f9.",
    "opt.by": "Who is doing it (name and title).",
    "opt.case_date": "Date (YYYY-MM-DD; default: today).",
    "opt.c_rule": "The rule being challenged (id).",
    "opt.c_unregistered": "A rule that is not in the registry yet (title); it will be registered.",
    "opt.c_owner_level": (
        "With --unregistered: the level that owns the rule (default: the workplace)."
    ),
    "opt.c_request": "What is requested: remove, amend or trial.",
    "opt.c_problem": "The problem with the rule, as the person challenging it sees it.",
    "opt.c_proposal": "The proposal.",
    "opt.c_gain": "Expected gain in hours a year.",
    "opt.c_filed_by": "The name of the person challenging the rule.",
    "opt.c_anonymous": "Anonymous: no name is stored anywhere (requires --via).",
    "opt.c_via": (
        "The representative (e.g. the union representative) through whom an anonymous case comes."
    ),
    "opt.c_start": "Start of the trial (YYYY-MM-DD).",
    "opt.c_end": "End of the trial (YYYY-MM-DD).",
    "opt.c_purpose_kept": "How the rule's purpose is kept during the trial",
    "opt.c_legal_certainty_kept": "Why citizens' legal certainty is not weakened",
    "opt.c_higher_rules_kept": "Which higher rules (EU law included) are still complied with",
    "opt.c_evaluation": "How and when the trial will be evaluated",
    "opt.c_alternative": "The lighter version tried in the rule's place (without: the rule is set aside).",
    "opt.c_status": "Only cases with this status (e.g. escalated).",
    "opt.c_overdue": "Only cases whose reply deadline has passed.",
    "opt.c_outcome": "The decision: in_review, granted, partly, rejected, withdrawn or closed.",
    "opt.c_reasons": "The reasons.",
    "opt.c_result": "The result of the evaluation.",
    "opt.c_eval_outcome": (
        "made_permanent (the rule is removed) or reverted (the rule applies again)."
    ),
    "opt.escalate_id": "A case (U-/E-…) or a rule (id).",
    "opt.recommend": "What is requested: remove, amend or trial.",
    "opt.escalate_to": "Send to a level other than the rule's owner (after a redirection).",
    "opt.stance": "The committee's position: agreement or disagreement.",
    "opt.minority": "The minority note (required with disagreement).",
    "opt.reply_outcome": "The reply: granted, partly, rejected, redirected or no_answer.",
    "opt.reply_note": "What the reply says.",
    "opt.inbox_registries": "Registries: folders, patterns like '../*/' or git addresses.",
    "opt.inbox_level": "The level's id, e.g. forvaltning.",
    "opt.inbox_render": "Also write an overview in Markdown to this file.",
    "err.rule_or_unregistered": "Give either --rule or --unregistered, not both.",
    "err.anonymous_and_named": (
        "An anonymous case cannot have a name: use either --filed-by or --anonymous --via."
    ),
    "err.via_only_anonymous": "--via is only used for anonymous cases (--anonymous).",
    "err.anonymous_needs_via": "An anonymous case comes through a representative: give --via NAME.",
    "err.trial_flags_without_trial": (
        "The trial details (--start, --end, the safeguards) belong only with --request trial."
    ),
    "err.trial_missing": (
        "A trial is missing: {flags}. All three safeguards and an evaluation plan must be included."
    ),
    "err.trial_dates": "The trial's end date must be after its start date.",
    "err.trial_via_challenge": (
        "A trial requires safeguards and an evaluation plan: file it with 'regelsyn challenge "
        "new --request trial …', and send the case on afterwards."
    ),
    "err.reply_not_escalated": (
        "The case {id} is '{state}', not sent on, so there is no reply to record. Possible "
        "next steps: {allowed}."
    ),
    "err.minority_needed": (
        "With --stance disagreement, the minority note must be included: --minority."
    ),
    "err.to_needs_case": "--to is used to send an existing case to another level.",
    "err.bad_state": "'{state}' is not a status. Possible: {states}.",
    "err.git_missing": "git is not installed on this machine",
    "err.clone_failed": "{url} could not be fetched with git: {reason}",
    "challenge.rule_created": "The rule '{id}' was not registered; it has been created.",
    "challenge.filed": "The challenge {id} has been registered ({path}).",
    "challenge.next_local": (
        "The workplace owns the rule itself. Decide the case with 'regelsyn challenge decide "
        "{id} --outcome …', or take it up at the next review."
    ),
    "challenge.next_escalate": (
        "The rule is owned higher up. Send the case on with 'regelsyn escalate {id}'."
    ),
    "challenge.none": "There are no cases.",
    "challenge.q_rule_help": "Which rule? Enter its id, or a title if it is not registered.",
    "challenge.q_rule": "Rule",
    "challenge.q_request": "What are you asking for",
    "challenge.q_problem": "What is the problem with the rule",
    "challenge.q_proposal": "Your proposal (can be left out)",
    "challenge.q_gain": "Expected gain in hours a year (can be left out)",
    "challenge.q_anonymous": "Should the case be anonymous (via a representative)?",
    "challenge.q_via": "Which representative does the case go through",
    "challenge.q_filed_by": "Your name",
    "challenge.q_start": "Start of the trial YYYY-MM-DD",
    "challenge.q_end": "End of the trial YYYY-MM-DD",
    "escalate.sent": "The case {id} has been sent on to {level}.",
    "escalate.next": "Send the application {path} to the recipient. Reply deadline: {due}.",
    "case.moved": "The case {id} is now: {state}.",
    "case.settled_by_review": "The rule was removed by the review {review}.",
    "case.settled_by_case": "The rule was removed by the case {id}.",
    "case.rendered": "The case document has been written: {path}",
    "inbox.workplace": "Workplace",
    "inbox.days": "Days",
    "inbox.overdue": "(overdue)",
    "inbox.generated": "Generated by regelsyn inbox. Do not edit this file.",
    "inbox.title": "Inbox for {level}",
    "inbox.intro": (
        "{n} open case awaiting a reply as of {today}.",
        "{n} open cases awaiting a reply as of {today}, earliest deadline first.",
    ),
    "inbox.none": "No open cases.",
    "inbox.empty": "No open cases for {level}.",
    "inbox.stale_copy": "{url} could not be fetched ({reason}); the copy fetched last is used.",
    "inbox.unreadable": (
        "{path} could not be read as a registry and was skipped; run 'regelsyn -C {path} check'."
    ),
    "inbox.skipped": (
        "{path}: {n} case file could not be read and was skipped.",
        "{path}: {n} case files could not be read and were skipped.",
    ),
    "inbox.rendered": "The overview has been written: {path}",
    # report, due
    "help.report": (
        "The burden report: what the rules cost in hours a year, what the reviews have freed, "
        "the funnel from challenged to decided, the heaviest rules, measurements nobody uses, "
        "overdue reviews and open cases. Markdown with charts, or JSON."
    ),
    "ex.report": (
        "Example: [bold]regelsyn report --out rapport.md[/bold] · "
        "[bold]regelsyn report --since 2026-01-01 --format json[/bold]"
    ),
    "help.due": (
        "Show the rules that are due for review soon, earliest first (never reviewed at the top)."
    ),
    "ex.due": (
        "Example: [bold]regelsyn due --within 6m[/bold] · [bold]regelsyn due --format csv[/bold]"
    ),
    "opt.report_format": "Format: md or json.",
    "opt.out": "Write to this file instead of the screen.",
    "opt.since": "Freed time and the funnel are counted from this date (YYYY-MM-DD).",
    "opt.within": "How far ahead: e.g. 90d, 12w or 6m (days, weeks, months).",
    "err.bad_within": "'{value}' is not a period. Write e.g. 90d, 12w or 6m.",
    "report.generated": "Generated by regelsyn report. Do not edit this file.",
    "report.title": "Burden report: {workplace}",
    "report.intro": "As of {today}.",
    "report.since": "Freed time and the funnel are counted from {since}.",
    "report.burden": "The burden",
    "report.remaining": "Remaining (active, defended, amended and escalated)",
    "report.suspended": "Suspended during trials",
    "report.freed_removed": "Freed by removing rules",
    "report.freed_simplified": "Freed by amending and simplifying rules",
    "report.freed_total": "Freed in total",
    "report.unknown_burden": (
        "{n} rule has an unknown burden and is not counted.",
        "{n} rules have an unknown burden and are not counted.",
    ),
    "report.chart_owner": "Burden per owner (hours a year)",
    "report.chart_reviews": "Time freed per review",
    "report.hours_axis": "Hours a year",
    "report.funnel": "From challenge to decision",
    "report.count": "Count",
    "report.rules": "The rules",
    "report.rules_intro": (
        "The registry has {n} rule. Hours a year do not include removed rules.",
        "The registry has {n} rules. Hours a year do not include removed rules.",
    ),
    "report.heaviest": "The ten heaviest rules",
    "report.overdue": "Overdue reviews",
    "report.days_overdue": "Days overdue",
    "report.cases": "Open cases",
    "report.none": "None.",
    "report.written": "The report has been written: {path}",
    "funnel.challenged": "Challenged",
    "funnel.reviewed": "Reviewed",
    "funnel.removed_or_simplified": "Removed or simplified",
    "funnel.kept": "Kept",
    "funnel.sent_on": "Sent on",
    "funnel.waiting": "Awaiting a reply",
    # import, export
    "help.import": (
        "Create rules from a spreadsheet (CSV or XLSX). Column headers are recognised in "
        "English, Danish and Norwegian; --mapping handles the rest. Nothing is written if a row "
        "is wrong (unless --skip-invalid). Importing the same sheet again updates the rules "
        "instead of creating them twice."
    ),
    "ex.import": (
        "Example: [bold]regelsyn import regler.csv --dry-run[/bold] · "
        "[bold]regelsyn import regler.xlsx --mapping kolonner.yaml[/bold]"
    ),
    "help.export": (
        "Write all rules as a spreadsheet (CSV with semicolons, as Danish Excel expects, or "
        "XLSX) or JSON. The sheet can be edited and imported again."
    ),
    "ex.export": (
        "Example: [bold]regelsyn export --format xlsx --out regler.xlsx[/bold] · "
        "[bold]regelsyn export > regler.csv[/bold]"
    ),
    "opt.import_file": "The spreadsheet: .csv or .xlsx.",
    "opt.mapping": "A YAML file with columns: {header: field} and defaults: {field: value}.",
    "opt.sheet": "The sheet in an XLSX file (default: the first).",
    "opt.dry_run": "Show what would happen, without writing anything.",
    "opt.skip_invalid": "Skip invalid rows and import the rest.",
    "opt.export_format": "Format: csv, xlsx or json.",
    "err.no_file": "The file {path} does not exist.",
    "err.sheet_kind": "{path} is neither .csv nor .xlsx. Save the spreadsheet as CSV or XLSX.",
    "err.no_openpyxl": (
        "XLSX requires the package openpyxl. Install it with: pip install 'regelsyn[xlsx]' "
        "(or save the spreadsheet as CSV)."
    ),
    "err.bad_xlsx": "{path} cannot be read as XLSX: {reason}",
    "err.no_sheet": "There is no sheet '{sheet}'. The sheets are: {sheets}.",
    # spreadsheets past the limits of what is read
    "err.sheet_too_big": "{path} is {size}; regelsyn reads spreadsheets of at most {limit}. Split the sheet into several files and import each of them.",
    "err.sheet_unpacked": "{path} is {size} unpacked; regelsyn reads spreadsheets of at most {limit}. Split the sheet into several files and import each of them.",
    "err.sheet_rows": "The sheet in {path} has more than {limit} rows; regelsyn reads at most {limit}. Delete the empty rows below the rules, or split the sheet into several files.",
    "err.sheet_columns": "The sheet in {path} reaches column {column}; regelsyn reads at most {limit} columns. Delete the empty columns to the right of the rules, or copy the rules into a new sheet.",
    "err.sheet_cells": "The sheet in {path} has more than {limit} cells; it is too large to read. Copy the rules into a new sheet, or split it into several files.",
    "err.sheet_cell": "Cell {cell} in {path} holds {size} characters; regelsyn reads at most {limit} characters in a cell. Shorten the text and try again.",
    "err.sheet_cell_csv": "A cell on line {line} of {path} is longer than the {limit} characters regelsyn reads in a cell. Shorten the text and try again.",
    "err.bad_csv": "{path} cannot be read as CSV (line {line}): {reason}. Save the sheet as CSV again from the spreadsheet program and try again.",
    "import.too_big": "the rule would take {size} bytes, but a rule file may take at most {limit} bytes; shorten the long texts",
    "err.bad_mapping": "The mapping file {path} cannot be used: {reason}",
    "err.mapping_field": (
        "The mapping file {path} names the field '{field}', which does not exist. The fields "
        "are: {fields}."
    ),
    "err.two_columns": (
        "Both the column '{first}' and '{second}' are the field {field}; remove one of them, "
        "or use --mapping."
    ),
    "err.xlsx_needs_out": "XLSX is written to a file: give --out FILE.xlsx.",
    "import.bad_level": "'{value}' is not a level. The levels are: {levels}",
    "import.bad_number": "'{value}' is not a number",
    "import.bad_date": "'{value}' is not a date; write YYYY-MM-DD or DD-MM-YYYY",
    "import.bad_choice": "'{value}' is not allowed; choose one of: {choices}",
    "import.empty": "The spreadsheet is empty.",
    "import.no_title": (
        "The spreadsheet has no column with the title (e.g. 'Title' or 'Titel'). Use --mapping "
        "to say which column is the title."
    ),
    "import.duplicate_row": "the same rule as row {other}",
    "import.missing_column": (
        "{message} (the column is missing from the sheet; add it, or set a default in "
        "--mapping under defaults)"
    ),
    "import.ignored_column": "The column '{header}' is not used (see --mapping).",
    "import.refused": (
        "{n} problem in the spreadsheet; nothing was imported. Fix the row, or use --skip-invalid.",
        "{n} problems in the spreadsheet; nothing was imported. Fix the rows, or use --skip-invalid.",
    ),
    "import.would_create": "row {row}: would create {id}",
    "import.would_update": "row {row}: would update {id}",
    "import.would_unchanged": "row {row}: {id} is unchanged",
    "import.summary": "Imported: {created}, {updated}, {unchanged}, {skipped}.",
    "import.dry_summary": "Dry run: {created}, {updated}, {unchanged}, {skipped}. Nothing has been written.",
    "export.written": ("{n} rule written to {path}", "{n} rules written to {path}"),
    "sheet.id": "Id",
    "sheet.title": "Title",
    "sheet.kind": "Kind",
    "sheet.text": "Text",
    "sheet.owner.level": "Owner",
    "sheet.owner.body": "Body",
    "sheet.legal_basis": "Legal basis",
    "sheet.floor": "Floor",
    "sheet.adopted": "Adopted",
    "sheet.applies_to": "Applies to",
    "sheet.purpose": "Purpose",
    "sheet.effect": "Effect",
    "sheet.legal_certainty": "Legal certainty",
    "sheet.burden.minutes": "Minutes",
    "sheet.burden.per_year": "Times a year",
    "sheet.burden.people": "People",
    "sheet.hours_per_year": "Hours a year",
    "sheet.use": "Use",
    "sheet.status": "Status",
    "sheet.next_review": "Next review",
    "sheet.tags": "Keywords",
    # cache
    "cache.rebuilt": "The cache {path} was damaged or from another version and has been rebuilt.",
    "tx.review": "the review {id}",
    "tx.case": "the case {id} ({state})",
    "tx.challenge": "the challenge of '{rule}'",
    "tx.import": "the import from {source}",
    "tx.edit": "the edit of the rule {id}",
    "tx.escalate": "the case on '{rule}' sent on",
    "tx.finished": "An interrupted step was finished: {what}. All its files are now written.",
    "tx.rolled_back": "An interrupted step was rolled back: {what}. None of its files changed; run the command again.",
    "tx.stuck": "{path} could not be finished; look the file over and run 'regelsyn check'.",
    "tx.disk_full": "The disk is full, so {what} could not be written.",
    "tx.no_permission": "regelsyn may not write {path}, so {what} could not be written.",
    "tx.failed": "regelsyn could not write {what}. {reason}",
    "tx.nothing_changed": "Nothing was changed. Remove the cause (free some space, or get write access to the folder) and run the command again.",
    "tx.finish_later": "Everything {what} was to write is kept in the registry's journal and is finished the next time you run a regelsyn command here (such as 'regelsyn check'), once the cause is fixed.",
    "review.already_recorded": "The meeting is already recorded as the review {id}; nothing was written again. Minutes: {path}",
    "cache.unusable": "The cache {path} could not be used ({reason}); the files are read directly instead.",
    "err.review_locked": "Another meeting is open on this registry (process {pid} on {host}). Wait until it has finished, or end it there.",
    # command-line mistakes (typer/click's own, said again)
    "usage.help_hint": "Try '{command}' for help.",
    "usage.no_such_option": "no such option {name}",
    "usage.or": "or",
    "usage.did_you_mean": "Did you mean {names}?",
    "usage.missing_argument": "{name} is missing; write it after the command",
    "usage.missing_option": "{name} is missing and must be given",
    "usage.bad_value": "{name}: {reason}",
    "usage.not_a_choice": "'{value}' is not one of the choices: {choices}",
    "usage.not_whole_number": "'{value}' is not a whole number",
    "usage.not_number": "'{value}' is not a number",
    "usage.not_yes_no": "'{value}' is neither yes nor no",
    "usage.needs_value": "{name} must be followed by a value",
    "usage.no_such_command": "no such command '{name}'",
    "usage.extra_arguments": "unexpected extra arguments: {args}",
    "usage.missing_command": "a command is missing",
    # typer's help screens
    "help.usage": "Usage:",
    "help.options_metavar": "[OPTIONS]",
    "help.command_metavar": "COMMAND [ARGS]...",
    "help.text_metavar": "TEXT",
    "help.whole_number_metavar": "INTEGER",
    "help.number_metavar": "NUMBER",
    "help.help_option": "Show this message and exit.",
    "help.arguments": "Arguments",
    "help.options": "Options",
    "help.commands": "Commands",
    "help.default": "[default: {}]",
    "help.required": "[required]",
    # measurements and learning
    "check.use_undocumented": "nobody is recorded as using the results; say who uses them and for what in 'use' (with the time it takes), or consider removing the measurement",
    "report.measurements": "Measurements: time spent measuring and time spent using the results",
    "report.measurements_intro": "Measurements, registrations and reports. The recommendation is that at most {recommended} % of the time goes to measuring, and the rest to using the results: reflecting, learning and changing practice. Measurements that nobody uses come first.",
    "report.hours_measuring": "Hours/year measuring",
    "report.hours_using": "Hours/year using",
    "report.share_measuring": "Share measuring",
    "report.nobody_uses": "– nobody uses the results",
    "report.percent": "{value} %",
    "report.balance_total": "In all, {share} % of the time goes to measuring ({measuring}) and the rest to using the results ({using}). Recommended: {recommended} % measuring, the rest using.",
    "report.unused_measurements": (
        "Measurements that nobody uses: {n}. It costs {hours}.",
        "Measurements that nobody uses: {n}. They cost {hours}.",
    ),
    "report.balance_unknown": "Measurements left out of the share, because the time spent measuring or using the results is not stated: {count}.",
    "report.chart_balance": "Share of the time spent measuring (recommended: {recommended} %)",
    "report.share_axis": "Percent",
    "f.use_time": "Time spent using the results",
    "f.balance": "Measuring / using",
    "show.balance_line": "{share} % of the time goes to measuring ({measuring} against {using} using the results); recommended: at most {recommended} %",
    "show.balance_unused": (
        "nobody uses the results: all the time, {n} hour a year, goes to measuring",
        "nobody uses the results: all {n} hours a year go to measuring",
    ),
    "show.balance_nobody": "nobody uses the results",
    "show.balance_unknown": "unknown: state the time spent using the results in use (minutes, per_year, people)",
    "opt.use_minutes": "Minutes each time spent using the results.",
    "opt.use_per_year": "Number of times a year per person the results are used.",
    "opt.use_people": "Number of people who use the results.",
    "sheet.use.minutes": "Use, minutes",
    "sheet.use.per_year": "Use, times a year",
    "sheet.use.people": "Use, people",
    "meet.use_intro": "Who uses the results of the measurement, and how long does it take? Enter keeps what is on file; '-' means that nobody uses them.",
    "meet.q_use": "Who uses the results, and for what",
    "meet.q_use_minutes": "Minutes each time spent using the results",
    "meet.q_use_per_year": "Times a year per person",
    "meet.q_use_people": "People who use the results",
    "help.learn": "See what other workplaces did with comparable rules: removed, amended, reduced to the floor or defended, and what their trials showed. Comparable is a rule with the same id, the same legal basis or a similar title. Registries are read as by inbox; no name of anyone who filed a case is shown.",
    "ex.learn": "Example: [bold]regelsyn learn '../*/' --render lessons.md[/bold] · [bold]regelsyn learn --rule ugentlig-vejning '../*/'[/bold] · with learn_from in regelsyn.yaml: [bold]regelsyn learn --rule ugentlig-vejning[/bold]",
    "opt.learn_registries": "Registries: folders, patterns such as '../*/' or git addresses (otherwise learn_from in regelsyn.yaml).",
    "opt.learn_rule": "Only rules comparable with this rule of this registry.",
    "opt.learn_render": "Also write a digest in Markdown to this file.",
    "err.learn_no_registries": "Name the registries to learn from (e.g. '../*/'), or list them under learn_from in regelsyn.yaml.",
    "hint.learn_from": "In regelsyn.yaml: learn_from: ['../*/']",
    "learn.skipped": (
        "{path}: {n} file could not be read and was skipped; run 'regelsyn -C {path} check'.",
        "{path}: {n} files could not be read and were skipped; run 'regelsyn -C {path} check'.",
    ),
    "learn.rendered": "The digest is written: {path}",
    "learn.none": "Nothing to learn yet: no comparable rule has been removed, amended, defended or tried.",
    "learn.generated": "Generated by regelsyn learn. Do not edit this file.",
    "learn.title": "What other workplaces learned",
    "learn.intro": "{lessons} from {registries}, as of {today}. Rules with the same id, the same legal basis or a similar title are gathered together.",
    "learn.rule": "Rule",
    "learn.match": "Compared by",
    "learn.action": "What was done",
    "learn.hours_before": "Hours/year before",
    "learn.hours_after": "Hours/year after",
    "learn.hours_freed": "Freed",
    "learn.result": "The trial's result",
    "learn.match.id": "same id",
    "learn.match.legal_basis": "same legal basis",
    "learn.match.title": "similar title",
    "learn.action.removed": "removed",
    "learn.action.amended": "amended",
    "learn.action.reduced_to_floor": "reduced to the floor",
    "learn.action.defended": "defended",
    "learn.action.trial_made_permanent": "trial made permanent",
    "learn.action.trial_reverted": "trial reverted",
    "learn.action.trial_evaluated": "trial evaluated",
    "learn.places": ("{n} workplace", "{n} workplaces"),
    "learn.other_places": ("{n} other workplace", "{n} other workplaces"),
    "learn.did_removed": "removed at {places}",
    "learn.did_amended": "amended at {places}",
    "learn.did_reduced_to_floor": "reduced to the floor at {places}",
    "learn.did_defended": "defended at {places}",
    "learn.did_trial_made_permanent": ("{n} trial made permanent", "{n} trials made permanent"),
    "learn.did_trial_reverted": ("{n} trial reverted", "{n} trials reverted"),
    "learn.nothing_done": "a trial is evaluated but not yet concluded",
    "learn.review_line": "{line} (see 'regelsyn learn --rule {id}').",
    "learn.freed": "{hours} freed",
    # git
    "tx.write": "writing {path}",
    "tx.add": "the new rule {id}",
    "tx.render": "the document {path}",
    "opt.no_commit": "Do not record the changes in the git history (otherwise regelsyn commits what it writes).",
    "opt.author": 'Who the changes are recorded under in the git history, as "Name <mail>" (else git\'s own setting).',
    "git.no_identity": "git does not know who you are, so regelsyn cannot record the change in the history. Nothing was written.",
    "git.no_identity_hint": 'Tell it once and for all:\n  git config --global user.name "Your Name"\n  git config --global user.email "you@example.org"\nor for this command: regelsyn --author "Your Name <you@example.org>" …, or do not record it: regelsyn --no-commit …',
    "git.bad_author": "--author '{author}' must be written as \"Name <mail>\".",
    "git.busy": "The git repository is in the middle of an unfinished {doing}; regelsyn writes nothing meanwhile.",
    "git.busy_hint": "Finish it (or abort it) in git, and run the command again.",
    "git.not_committed": "The change is written, but could not be recorded in the git history: {reason}",
    "git.committed": "Recorded in the history: {message}",
    "git.msg.review": "Review {date}: {counts}",
    "git.msg.review_hours": (
        "{message}; {n} hour a year freed",
        "{message}; {n} hours a year freed",
    ),
    "git.msg.nothing": "no decisions",
    "git.msg.rule_added": "New rule: {title} ({id})",
    "git.msg.rule_edited": "Rule {id} changed: {fields}",
    "git.msg.kind.challenge": "Challenge",
    "git.msg.kind.escalation": "Case",
    "git.msg.case": "{kind} {id}: {state}",
    "git.msg.case_filed": "{kind} {id}: filed about '{title}'",
    "git.msg.case_new_rule": "{kind} {id}: filed about '{title}', now registered as a rule",
    "git.msg.case_trial": "{kind} {id}: {state} (trial until {end})",
    "git.msg.case_sent": "{kind} {id}: sent on to {level} (reply due {due})",
    "git.msg.import": "Import from {source}: {created}, {updated} changed",
    "git.msg.review_render": "Decision log of review {id} written again",
    "git.msg.case_render": "Document of case {id} written again",
    "git.msg.template": "Template {name} copied to templates/ to be adapted",
    "git.msg.init": "Registry created: {workplace}",
    "f.text": "Text",
    "f.owner.level": "Owner (level)",
    "f.owner.body": "Owner (body)",
    "f.burden.minutes": "Burden (minutes)",
    "f.burden.per_year": "Burden (times a year)",
    "f.burden.people": "Burden (people)",
    "f.suspended_from": "Suspended from",
    "f.suspended_until": "Suspended until",
    "help.rule_history": "Show a rule's history, oldest first: who changed what and when, both what regelsyn wrote and changes made by hand, with the commit that recorded them.",
    "ex.rule_history": "Example: [bold]regelsyn rule history rengoering-log[/bold] · [bold]regelsyn rule history rengoering-log --format json[/bold]",
    "help.case_history": "Show a case's history, oldest first: each step, who took it, and the commit that recorded it.",
    "ex.case_history": "Example: [bold]regelsyn case history U-2026-0007-ugentlig-vejning-k3f9[/bold]",
    "opt.history_format": "Show as a table or JSON.",
    "history.none": "There is no history yet.",
    "history.col.date": "Date",
    "history.col.who": "Who",
    "history.col.what": "What",
    "history.col.saved": "Recorded",
    "history.not_saved": "not recorded yet",
    "history.outside": "changed outside regelsyn",
    "history.layout": "only comments or layout changed",
    "history.added": "added to git",
    "history.unreadable": "could not be read in this version",
    "history.by": "{what} by {by}",
    "history.fields": "Fields: {fields}",
    "help.sync": "Share the registry with colleagues: fetch their changes, merge them with yours, and send it all back. A rule changed in both places is merged field by field; only for a field you both changed do you choose.",
    "ex.sync": "Example: [bold]regelsyn sync[/bold] · [bold]regelsyn sync --theirs rules/rengoering-log.yaml[/bold]",
    "opt.ours": "Keep your version of this file if it was changed in both places (a file, or a rule's or case's id; repeatable).",
    "opt.theirs": "Take the colleague's version of this file if it was changed in both places (repeatable).",
    "tx.sync_render": "the documents after the sync",
    "git.msg.sync": "Synchronised with {remote}: {what}",
    "git.msg.sync_rendered": "Documents written again after the sync: {files}",
    "sync.step.fetch": "Fetching changes from {remote} …",
    "sync.step.merge": "Merging them with yours …",
    "sync.step.render": "Writing decision logs and case documents again …",
    "sync.step.push": "Sending to {remote} …",
    "sync.rules_new": ("{n} new rule", "{n} new rules"),
    "sync.rules_changed": ("{n} rule changed", "{n} rules changed"),
    "sync.reviews_new": ("{n} new review", "{n} new reviews"),
    "sync.cases_new": ("{n} new case", "{n} new cases"),
    "sync.cases_answered": ("{n} case answered", "{n} cases answered"),
    "sync.cases_changed": ("{n} case updated", "{n} cases updated"),
    "sync.other": ("{n} other file", "{n} other files"),
    "sync.received": "From {remote}: {what} (by {who}).",
    "sync.nothing_new": "Nothing new from {remote}.",
    "sync.sent": ("{n} change sent to {remote}.", "{n} changes sent to {remote}."),
    "sync.merged": "Changed in both places, but in different fields, so merged without asking: {files}",
    "sync.rendered": "Written again from the merged cases and reviews: {files}",
    "sync.conflict": "{path} was changed both here and by a colleague:",
    "sync.gone_ours": "deleted here, changed by the colleague",
    "sync.gone_theirs": "changed here, deleted by the colleague",
    "sync.whole_file": "the file cannot be merged line by line",
    "sync.side.ours": "your version (here)",
    "sync.side.theirs": "the colleague's version",
    "sync.choose": "Which version holds for {path}",
    "sync.resolved": "{path}: {side} holds.",
    "sync.no_git": "The registry is not a git repository, so there is nothing to synchronise.",
    "sync.detached": "git is not on a branch, so regelsyn does not know what to send.",
    "sync.no_remote": "The registry has no shared copy to synchronise with.",
    "sync.no_remote_hint": "Ask whoever set up the shared copy for its address, and run once: git remote add origin ADDRESS",
    "sync.fetch_failed": "{remote} could not be reached: {reason}",
    "sync.nothing_changed": "Nothing was changed here. Try again when there is a connection.",
    "sync.push_failed": "Your colleagues' changes are fetched and merged here, but yours could not be sent to {remote}: {reason}",
    "sync.again": "Run 'regelsyn sync' again a little later.",
    "sync.raced": "{remote} kept changing during the sync.",
    "sync.unrelated": "The shared copy at {remote} has a history unrelated to this registry's; regelsyn does not merge them.",
    "sync.dirty": "These files were changed here without being recorded in the history, and your colleagues' changes would overwrite them: {files}",
    "sync.dirty_hint": "Nothing was changed. Record the changes in the history (git commit) or undo them, and run 'regelsyn sync' again.",
    "check.material_changed": "the rule has changed since the review {review} defended it ({fields}); the defence was of the earlier version, so it is due for review again",
    "sync.not_moved": "Your colleagues' changes could not be brought in here: {reason}",
    "init.comment.git": "regelsyn records its own changes in the git history; commit: false leaves that to you.",
    # counts, said with tn() in the form for the number: (one, many)
    "count.rules": ("{n} rule", "{n} rules"),
    "count.errors": ("{n} error", "{n} errors"),
    "count.warnings": ("{n} warning", "{n} warnings"),
    "count.hours_a_year": ("{n} hour a year", "{n} hours a year"),
    "count.times_a_year": ("{n} time a year", "{n} times a year"),
    "count.people": ("{n} person", "{n} people"),
    "import.count_new": ("{n} new", "{n} new"),
    "import.count_updated": ("{n} updated", "{n} updated"),
    "import.count_unchanged": ("{n} unchanged", "{n} unchanged"),
    "import.count_skipped": ("{n} skipped", "{n} skipped"),
    "import.count_invalid": ("{n} with errors", "{n} with errors"),
    "git.msg.count_new_rules": ("{n} new rule", "{n} new rules"),
    "learn.count_lessons": ("{n} decision or trial", "{n} decisions and trials"),
    "learn.count_registries": ("{n} registry", "{n} registries"),
    # a registry's own template that says a plural message with t()
    "err.template_plural": 'the message \'{key}\' states a number and has a singular and a plural form: write tn("{key}", number) instead of t("{key}", ...)',
}
