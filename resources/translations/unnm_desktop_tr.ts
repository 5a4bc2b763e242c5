<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About UNNM Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes and consensus decisions of the UN Network on Migration in Türkiye. Works offline; your data stays in the folders below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folders, files and versions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folders, files and versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the database, backups and log are, and the versions of the program and its libraries. Read only; Copy diagnostics copies all of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies the folders, files and versions, and the operating system, to the clipboard, to paste into a message to whoever supports you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryForm</name>
        <message>
            <source>People and organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters by acronym, English or Turkish name, or an earlier name; Turkish letters may be typed with or without accents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acronym, English or Turkish name, or an earlier name (Ctrl+F). “goc” finds “Göç”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acronym, English or Turkish name, earlier name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To merge duplicates, select two rows (Ctrl+click): the first one selected is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge hint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge the second selected organisation into the first one (Alt+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge selected organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press F2 or start typing to edit a cell; changes are saved at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;cronym:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation acronym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. PMM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;English name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation English name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Turkish name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation Turkish name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the new organisation (Alt+A, or Enter in one of its fields)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier and other names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier and other names of the selected organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acron&amp;ym:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alias acronym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. DGMM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Valid from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alias valid from, as YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day the name was used, as YYYY-MM-DD; empty if not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>u&amp;ntil:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alias valid until, as YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day the name was used, as YYYY-MM-DD; empty if still in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engl&amp;ish name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alias English name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;urkish name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alias Turkish name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected earlier name (Alt+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove selected alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the earlier name with its dates (Alt+D, or Enter in one of its fields)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters by name, title, e-mail or organisation; Turkish letters may be typed with or without accents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, title, e-mail, organisation acronym or name (Ctrl+F). “isik” finds “Işık”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, organisation acronym or name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge the second selected person into the first one (Alt+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge selected people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or&amp;ganisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Programme Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the new person (Alt+A, or Enter in one of the fields)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryImportDialog</name>
        <message>
            <source>Import people and organisations from CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file, its encoding and separator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which column holds each field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First &amp;rows of the file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First rows of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What the import will do, row by row (duplicates are skipped):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import does with each row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary of the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the file or the columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to UNNM Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to UNNM Desktop&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes and consensus decisions of the UN Network on Migration in Türkiye. Everything stays on this computer and is saved as you type; no network is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded in the audit log with every change you make, and offered as a signatory when minutes are signed off. You can change it later in File, Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Ayşe Yılmaz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded in the audit log with every change you make, and used at sign-off. File → Settings changes it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the menus and windows: English or Turkish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Türkçe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How do you want to start?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start &amp;empty: create the first meeting myself (File → New meeting, Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens an empty database. Create a meeting with File, New meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;demo meetings: three meetings from the network's public record, with fictional people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds three example meetings to try the application with. Two are signed off, one is a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a meeting package a colleague sent (.unnmpkg)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asks for the package file, then adds its meeting to this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GcmReportDialog</name>
        <message>
            <source>GCM report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings &amp;from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day of the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day of the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals for the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Objectives (meetings, decisions and action points tagged with each):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM objectives with counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For each of the 23 objectives of the Global Compact for Migration, how many meetings, decisions and action points of the period are tagged with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details of the selected objective (Enter on a meeting opens it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings, decisions and action points of the selected objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to &amp;Word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>UNNM Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search meetings (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt meeting of this series…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next meeting of this series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation>Ayrıntılar</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Ayrıntılar</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;ference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;ries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Num&amp;ber in series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number in series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start (Istanbul time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start (Istanbul time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Modality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lan&amp;guage of the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event cate&amp;gory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main or&amp;ganisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target a&amp;udience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geographic sc&amp;ope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geographic scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-regio&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workstream output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workstream output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;apporteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapporteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt meeting (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next meeting (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status of the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM &amp;objectives addressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person: type a name, organisation or acronym, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the selected rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status for the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role for the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;genda &amp;&amp; notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standin&amp;g items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add standing items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item &amp;title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda item title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Planned minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start &amp;timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or stop the timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0:00 of 0 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time spent on the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes for the selected agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Earlier action points&lt;/b&gt; (follow-up recorded at this meeting; edit the Status and Follow-up cells)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up of earlier action points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions of the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision &amp;text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hair's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deferred &amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deferred to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the outcome is refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Positions&lt;/b&gt; (one row per attending organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positions of the organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action &amp;points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Action points of this meeting&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a&amp;ction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Matters arising&lt;/b&gt;: follow-up of earlier action points</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkDoneDialog</name>
        <message>
            <source>Mark the action point done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completion note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done, for the record (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start (Istanbul time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ankara</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the &amp;next meeting of the selected meeting's series (copies attendees as expected, standing items, open action points)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title or function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title or function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message>
            <source>Import a meeting package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What the import will do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings in the package and what the import does with each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People and organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting changed both here and in the package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep this database's version (nothing is overwritten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Replace it with the package's version (a backup is made first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterWindow</name>
        <message>
            <source>Decision register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only decisions with this outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM ob&amp;jective:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only decisions tagged with this objective of the Global Compact for Migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reservation or objection &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation with a reservation or objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only decisions on which this organisation entered a reservation or an objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by first meeting date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First meeting date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by last meeting date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last meeting date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wor&amp;ds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words in the decision or a statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words in the decision or a statement (goc finds Göç)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out su&amp;perseded decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisio&amp;ns (Enter opens the meeting):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every decision that passes the filters: reference, date, meeting, text, outcome and positions. Enter opens its meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected decision in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of decisions shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Supersedes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the selected decision supersedes an earlier one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to &amp;Word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to E&amp;xcel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen for revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason for the revision (required; kept in the revision history and the audit log):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. PMM asked to correct the name of its representative in the attendance list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevisionsDialog</name>
        <message>
            <source>Revision history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed-off &amp;versions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed-off versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy full fingerprint</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words to find in meetings, agenda notes, decisions, positions and action points; Turkish letters are optional (goc finds Göç). Down arrow moves to the results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. göç, ışık, İstanbul — or goc, isik, istanbul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;In:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit the search to one kind of record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Results (Enter or double-click opens the place in the minutes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each result: where it was found, the meeting, and the text around the matched words. Enter opens it in the main window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded in the audit log with every change you make, and offered when signing off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded in the audit log with every change you make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Word template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word template (letterhead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use the built-in template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A .docx with your letterhead, used for Word exports; its styles are used where it has them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where “Export to Word…” and “Export to PDF…” open; the folder of your last export is remembered here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign off the minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What stands in the way of sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ignatories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, title, role and date signed of each signatory; F2 or typing edits a cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2 or typing edits a cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing off locks the minutes: a backup is made, their content is fingerprinted (SHA-256), and every later change needs “Reopen for revision”, which keeps this version.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrackerWindow</name>
        <message>
            <source>Action tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible &amp;organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only the action points this organisation is responsible for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only the action points with this status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only o&amp;verdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only open or in-progress action points past their due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Action points — overdue ones in red and marked OVERDUE (Enter opens the meeting that set them):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action point across meetings: the action, who is responsible, due date, status (overdue ones say so) and the meeting that set it. Enter opens that meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected action point in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of action points shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the selected action point done, with a date and a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to E&amp;xcel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>UNNM Desktop user guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find in the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a word and press Enter to go to its next place in the guide; Shift+Enter goes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. sign off, reservation, package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the top of the guide, where the list of contents is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user guide. Tab moves between its links, Enter follows one; the arrow keys and Page Up and Page Down scroll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Proposed; not yet decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under silence procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted by consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted by consensus, with reservations on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not adopted; no consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consensus; deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joins the consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joins, with a concern noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stands aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reservation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ad referendum (awaiting confirmation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Silence procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair's summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>circulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apologies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>co-chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rapporteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secretariat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>presenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UN entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Government</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil society</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intergovernmental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hybrid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deferred</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
