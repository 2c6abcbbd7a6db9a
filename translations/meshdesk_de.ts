<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="122" />
        <source>MeshDesk: data mesh catalog and governance console.

Commands (none: the GUI):
  import PATH...                          import files or folders
  list domains|products|contracts|changes
  show product|contract ID
  search TEXT
  diff OLD_FILE NEW_FILE                  semantic diff (exit 1: breaking)
  review show|approve|reject CHANGE_ID    [--comment TEXT]
  role grant|revoke USER ROLE --domain D | role list
  audit verify | audit list | audit export --out DIR [--change ID]
  policy list | policy enable|disable ID

Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage, 3 database error.</source>
        <translation>MeshDesk: Katalog und Governance-Konsole für ein Data Mesh.

Befehle (keiner: die Oberfläche):
  import PFAD...                          Dateien oder Ordner importieren
  list domains|products|contracts|changes
  show product|contract ID
  search TEXT
  diff ALTE_DATEI NEUE_DATEI              semantischer Diff (Exit 1: inkompatibel)
  review show|approve|reject ÄNDERUNG     [--comment TEXT]
  role grant|revoke BENUTZER ROLLE --domain D | role list
  audit verify | audit list | audit export --out ORDNER [--change ID]
  policy list | policy enable|disable ID

Exit-Codes: 0 ok, 1 Eingaben abgelehnt oder nicht gefunden, 2 falscher Aufruf, 3 Datenbankfehler.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140" />
        <source>Catalog database file (default: $MESHDESK_DB or the app data folder).</source>
        <translation>Katalog-Datenbankdatei (Standard: $MESHDESK_DB oder der Anwendungsdatenordner).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="145" />
        <source>Act as this user (default: the OS login).</source>
        <translation>Als dieser Benutzer handeln (Standard: die Anmeldung des Betriebssystems).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149" />
        <source>Print JSON (stable, documented in the README).</source>
        <translation>JSON ausgeben (stabil, im README beschrieben).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="152" />
        <source>Log debug messages to stderr.</source>
        <translation>Debug-Meldungen auf stderr protokollieren.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155" />
        <source>Open the demo catalog in a fresh temporary database.</source>
        <translation>Den Demo-Katalog in einer neuen temporären Datenbank öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="159" />
        <source>User interface language (e.g. de, en).</source>
        <translation>Sprache der Oberfläche (z. B. de, en).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163" />
        <source>Close the GUI after this many milliseconds (for scripted screenshots).</source>
        <translation>Die Oberfläche nach so vielen Millisekunden schließen (für automatische Bildschirmfotos).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168" />
        <source>Save a screenshot of the window to FILE before quitting.</source>
        <translation>Vor dem Beenden ein Bildschirmfoto des Fensters in DATEI speichern.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172" />
        <source>Comment of a review decision (required to reject).</source>
        <translation>Kommentar zu einer Prüfentscheidung (zum Ablehnen erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175" />
        <source>Domain of a role.</source>
        <translation>Domäne einer Rolle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="177" />
        <source>Start of a period (ISO date).</source>
        <translation>Beginn eines Zeitraums (ISO-Datum).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="179" />
        <source>End of a period (ISO date, exclusive).</source>
        <translation>Ende eines Zeitraums (ISO-Datum, ausschließlich).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181" />
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="183" />
        <source>A change id (evidence pack of one change).</source>
        <translation>Eine Änderungsnummer (Nachweispaket einer Änderung).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186" />
        <source>GUI: open the review of this change.</source>
        <translation>Oberfläche: die Prüfung dieser Änderung öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="189" />
        <source>GUI: open the governance dashboard.</source>
        <translation>Oberfläche: das Governance-Dashboard öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191" />
        <source>GUI: open product:ID or contract:ID.</source>
        <translation>Oberfläche: product:ID oder contract:ID öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="194" />
        <source>GUI: the page's tab to show (0 overview, 1 schema, 2 source).</source>
        <translation>Oberfläche: anzuzeigender Reiter der Seite (0 Übersicht, 1 Schema, 2 Quelltext).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="201" />
        <source>Subcommand and its arguments.</source>
        <translation>Unterbefehl und seine Argumente.</translation>
    </message>
</context>
<context>
    <name>meshdesk</name>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="67" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="68" />
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="68" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="68" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="69" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="69" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="76" />
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="78" />
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="80" />
        <source>Limitations:</source>
        <translation>Einschränkungen:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="88" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="94" />
        <source> (left %1)</source>
        <translation> (ausgeschieden %1)</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="107" />
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="114" />
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="118" />
        <source>&lt;b&gt;current&lt;/b&gt;</source>
        <translation>&lt;b&gt;aktuell&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="139" />
        <source>data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="142" />
        <source>Input ports</source>
        <translation>Eingangsports</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="144" />
        <source>None: a source-aligned product.</source>
        <translation>Keine: ein quellnahes Produkt.</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="149" />
        <source>external source &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>externe Quelle &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="150" />
        <source>&lt;a href='product:%1'&gt;%2&lt;/a&gt; via &lt;a href='contract:%3'&gt;%3&lt;/a&gt;</source>
        <translation>&lt;a href='product:%1'&gt;%2&lt;/a&gt; über &lt;a href='contract:%3'&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="154" />
        <source>Output ports</source>
        <translation>Ausgangsports</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="162" />
        <source>%1 topic &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>%1-Topic &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="173" />
        <location filename="../ui/EntityHtml.cpp" line="232" />
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="174" />
        <location filename="../ui/EntityHtml.cpp" line="233" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="174" />
        <location filename="../ui/EntityHtml.cpp" line="233" />
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="174" />
        <location filename="../ui/EntityHtml.cpp" line="233" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="176" />
        <location filename="../ui/EntityHtml.cpp" line="235" />
        <source>Custom properties</source>
        <translation>Eigene Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="177" />
        <location filename="../ui/EntityHtml.cpp" line="229" />
        <location filename="../ui/EntityHtml.cpp" line="236" />
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="177" />
        <location filename="../ui/EntityHtml.cpp" line="229" />
        <location filename="../ui/EntityHtml.cpp" line="236" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="184" />
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="188" />
        <source>Published by &lt;a href='product:%1'&gt;%2&lt;/a&gt;</source>
        <translation>Veröffentlicht von &lt;a href='product:%1'&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="191" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="198" />
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="199" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="199" />
        <location filename="../ui/EntityHtml.cpp" line="226" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="199" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="210" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="213" />
        <source>, approved by %1</source>
        <translation>, freigegeben von %1</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="224" />
        <source>Quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="226" />
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="226" />
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="226" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="226" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="228" />
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="229" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="229" />
        <source>Element</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogDashboard</name>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="81" />
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="83" />
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="84" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="89" />
        <source>Right-click to export as PNG</source>
        <translation>Rechtsklick zum Exportieren als PNG</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="99" />
        <source>Data products per domain</source>
        <translation>Datenprodukte je Domäne</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="99" />
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="105" />
        <source>Contracts by status</source>
        <translation>Verträge nach Status</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="113" />
        <source>Fields classified or PII, % per domain</source>
        <translation>Klassifizierte oder personenbezogene Felder, % je Domäne</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="113" />
        <source>Classified %</source>
        <translation>Klassifiziert %</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="122" />
        <source>Pending changes per domain</source>
        <translation>Offene Änderungen je Domäne</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="122" />
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogIconProxy</name>
    <message numerus="yes">
        <location filename="../ui/CatalogIconProxy.cpp" line="32" />
        <source>%1  (%n pending)</source>
        <translation><numerusform>%1  (%n offen)</numerusform><numerusform>%1  (%n offen)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="52" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="53" />
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="53" />
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogTreeModel</name>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="35" />
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="196" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="197" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="198" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::ChangeListModel</name>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="77" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="78" />
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="79" />
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="80" />
        <source>Proposer</source>
        <translation>Vorschlagende Person</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="81" />
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="82" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::DiffModel</name>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="60" />
        <source>breaking</source>
        <translation>inkompatibel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="61" />
        <source>non-breaking</source>
        <translation>kompatibel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="62" />
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="73" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="74" />
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="75" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="95" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="96" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="97" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="98" />
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="99" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>meshdesk::EntityHtml</name>
    <message numerus="yes">
        <location filename="../ui/EntityHtml.cpp" line="195" />
        <source>%n field(s)</source>
        <translation><numerusform>%n Feld</numerusform><numerusform>%n Felder</numerusform></translation>
    </message>
</context>
<context>
    <name>meshdesk::GovernanceDashboard</name>
    <message numerus="yes">
        <location filename="../ui/GovernanceDashboard.cpp" line="46" />
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); none decided yet.</source>
        <translation><numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderung; noch keine entschieden.</numerusform><numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderungen; noch keine entschieden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/GovernanceDashboard.cpp" line="47" />
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); median time to decision %1 h.</source>
        <translation><numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderung; Median bis zur Entscheidung %1 h.</numerusform><numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderungen; Median bis zur Entscheidung %1 h.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="51" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="52" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="53" />
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="69" />
        <source>Changes per week by outcome</source>
        <translation>Änderungen je Woche nach Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="85" />
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="86" />
        <source>Not breaking</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="88" />
        <source>Breaking share: %1%</source>
        <translation>Anteil inkompatibler Änderungen: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="93" />
        <source>Policy findings</source>
        <translation>Richtlinienbefunde</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="105" />
        <source>Policy findings per domain (current versions)</source>
        <translation>Richtlinienbefunde je Domäne (aktuelle Versionen)</translation>
    </message>
</context>
<context>
    <name>meshdesk::ImportResultDialog</name>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="17" />
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="18" />
        <source>%n file(s) read: </source>
        <translation><numerusform>%n Datei gelesen: </numerusform><numerusform>%n Dateien gelesen: </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="19" />
        <source>%n added, </source>
        <translation><numerusform>%n hinzugefügt, </numerusform><numerusform>%n hinzugefügt, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="19" />
        <source>%n unchanged, </source>
        <translation><numerusform>%n unverändert, </numerusform><numerusform>%n unverändert, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="20" />
        <source>%n pending change(s), </source>
        <translation><numerusform>%n offene Änderung, </numerusform><numerusform>%n offene Änderungen, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="21" />
        <source>%n file(s) rejected.</source>
        <translation><numerusform>%n Datei abgelehnt.</numerusform><numerusform>%n Dateien abgelehnt.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="22" />
        <source> Cancelled before the end.</source>
        <translation> Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="26" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="26" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="26" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="34" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="49" />
        <source>%1 %2 added</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="50" />
        <source>%1 %2 unchanged</source>
        <translation>%1 %2 unverändert</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="52" />
        <source>%1 %2: pending change #%3</source>
        <translation>%1 %2: offene Änderung #%3</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="59" />
        <source>Double-click to review</source>
        <translation>Doppelklick zum Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="63" />
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="69" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>meshdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61" />
        <source>MeshDesk</source>
        <translation>MeshDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69" />
        <source>The catalog could not be opened:
%1</source>
        <translation>Der Katalog konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95" />
        <source>Import &amp;files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>Import contracts and products</source>
        <translation>Verträge und Produkte importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98" />
        <source>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation>Verträge und Produkte (*.yaml *.yml *.json *.avsc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102" />
        <source>Import f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103" />
        <source>Import a folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117" />
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118" />
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123" />
        <source>&amp;Governance</source>
        <translation>G&amp;overnance</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128" />
        <source>&amp;Dashboards</source>
        <translation>Da&amp;shboards</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129" />
        <source>&amp;Verify audit log</source>
        <translation>Prüfprotokoll &amp;verifizieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="131" />
        <source>Audit log intact: %n row(s) verified.</source>
        <translation><numerusform>Prüfprotokoll intakt: %n Zeile verifiziert.</numerusform><numerusform>Prüfprotokoll intakt: %n Zeilen verifiziert.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132" />
        <source>Audit log BROKEN at row #%1: %2</source>
        <translation>Prüfprotokoll BESCHÄDIGT in Zeile #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>Export evidence for a &amp;period…</source>
        <translation>Nachweise für einen &amp;Zeitraum exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>Export the audit log to</source>
        <translation>Das Prüfprotokoll exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>Evidence written to %1</source>
        <translation>Nachweise geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>&amp;Policies…</source>
        <translation>&amp;Richtlinien…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152" />
        <source>Switch acting &amp;user…</source>
        <translation>Handelnden &amp;Benutzer wechseln…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152" />
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154" />
        <location filename="../ui/MainWindow.cpp" line="399" />
        <source>Acting user</source>
        <translation>Handelnder Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154" />
        <location filename="../ui/MainWindow.cpp" line="399" />
        <source>Act as:</source>
        <translation>Handeln als:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174" />
        <source>Search products, contracts, fields (Ctrl+K)</source>
        <translation>Produkte, Verträge, Felder suchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287" />
        <source>View source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311" />
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383" />
        <source>Export the evidence pack to</source>
        <translation>Das Nachweispaket exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391" />
        <source>Evidence pack of change #%1 written to %2</source>
        <translation>Nachweispaket der Änderung #%1 geschrieben nach %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403" />
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405" />
        <location filename="../ui/MainWindow.cpp" line="697" />
        <source>Acting as: %1</source>
        <translation>Handelt als: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518" />
        <source>There is no %1 '%2' in this catalog.</source>
        <translation>In diesem Katalog gibt es kein(e) %1 '%2'.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523" />
        <source>The stored source of %1 '%2' no longer parses.</source>
        <translation>Die gespeicherte Quelle von %1 '%2' lässt sich nicht mehr lesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="622" />
        <source>Import: %n file(s) read, </source>
        <translation><numerusform>Import: %n Datei gelesen, </numerusform><numerusform>Import: %n Dateien gelesen, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="623" />
        <source>%n added, </source>
        <translation><numerusform>%n hinzugefügt, </numerusform><numerusform>%n hinzugefügt, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="623" />
        <source>%n pending change(s), </source>
        <translation><numerusform>%n offene Änderung, </numerusform><numerusform>%n offene Änderungen, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="624" />
        <source>%n rejected</source>
        <translation><numerusform>%n abgelehnt</numerusform><numerusform>%n abgelehnt</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="640" />
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="709" />
        <source>Change #%1 approved by %2.</source>
        <translation>Änderung #%1 freigegeben von %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="710" />
        <source>Change #%1 rejected by %2.</source>
        <translation>Änderung #%1 abgelehnt von %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="738" />
        <source>Warning: the audit log is broken at row #%1 (%2). Someone changed the catalog outside MeshDesk.</source>
        <translation>Warnung: Das Prüfprotokoll ist in Zeile #%1 beschädigt (%2). Jemand hat den Katalog außerhalb von MeshDesk verändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118" />
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220" />
        <location filename="../ui/MainWindow.cpp" line="310" />
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221" />
        <location filename="../ui/MainWindow.cpp" line="640" />
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245" />
        <source>Copy field path</source>
        <translation>Feldpfad kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256" />
        <source>Filter fields (name, type, description…)</source>
        <translation>Felder filtern (Name, Typ, Beschreibung…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267" />
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293" />
        <source>Import contracts or open the demo (meshdesk --demo).
File &gt; Import files or folder, or drop files here.</source>
        <translation>Importieren Sie Verträge oder öffnen Sie die Demo (meshdesk --demo).
Datei &gt; Dateien oder Ordner importieren, oder Dateien hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574" />
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>meshdesk::PoliciesDialog</name>
    <message>
        <location filename="../ui/PoliciesDialog.cpp" line="19" />
        <source>Policies of this catalog</source>
        <translation>Richtlinien dieses Katalogs</translation>
    </message>
    <message>
        <location filename="../ui/PoliciesDialog.cpp" line="32" />
        <source>Only an admin of this catalog changes its policies; %1 is not one.</source>
        <translation>Nur ein Administrator dieses Katalogs ändert dessen Richtlinien; %1 ist keiner.</translation>
    </message>
</context>
<context>
    <name>meshdesk::ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="64" />
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="64" />
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="64" />
        <source>Non-breaking</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="64" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="87" />
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="87" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94" />
        <source>Downstream product</source>
        <translation>Nachgelagertes Produkt</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94" />
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94" />
        <source>Via contract</source>
        <translation>Über Vertrag</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94" />
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="99" />
        <source>Comment (required to reject)</source>
        <translation>Kommentar (zum Ablehnen erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="101" />
        <source>&amp;Approve (Ctrl+Shift+A)</source>
        <translation>&amp;Freigeben (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="102" />
        <source>&amp;Reject (Ctrl+Shift+R)</source>
        <translation>&amp;Ablehnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="103" />
        <source>Export evidence…</source>
        <translation>Nachweise exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="118" />
        <source>&lt;b&gt;Policies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Richtlinien&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="120" />
        <source>&lt;b&gt;Downstream impact&lt;/b&gt; (products that read the changed output, transitively)</source>
        <translation>&lt;b&gt;Nachgelagerte Auswirkung&lt;/b&gt; (Produkte, die den geänderten Ausgang lesen, transitiv)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="148" />
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="150" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="173" />
        <source>&lt;h2&gt;Change #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Änderung #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="174" />
        <source>&lt;p&gt;%1 → %2, proposed by &lt;b&gt;%3&lt;/b&gt; at %4. Status: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;p&gt;%1 → %2, vorgeschlagen von &lt;b&gt;%3&lt;/b&gt; am %4. Status: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="179" />
        <source> by &lt;b&gt;%1&lt;/b&gt; at %2: “%3”</source>
        <translation> von &lt;b&gt;%1&lt;/b&gt; am %2: „%3“</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="184" />
        <source>&lt;b&gt;%1&lt;/b&gt; breaking, %2 non-breaking, %3 info</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; inkompatibel, %2 kompatibel, %3 Info</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="196" />
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="197" />
        <source>FAIL</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="197" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="207" />
        <source>No product reads it</source>
        <translation>Kein Produkt liest ihn</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="207" />
        <source>Nothing breaking</source>
        <translation>Nichts Inkompatibles</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="219" />
        <source>You proposed this change; another governance owner decides (four-eyes).</source>
        <translation>Sie haben diese Änderung vorgeschlagen; eine andere Governance-Verantwortliche entscheidet (Vier-Augen-Prinzip).</translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaModel</name>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="148" />
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="150" />
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="152" />
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="157" />
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="158" />
        <source>PII, %1</source>
        <translation>PII, %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="183" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="185" />
        <source>Logical type</source>
        <translation>Logischer Typ</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="187" />
        <source>Physical type</source>
        <translation>Physischer Typ</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="189" />
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="191" />
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="193" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>meshdesk::SearchResultsModel</name>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="86" />
        <source>Data products (%1)</source>
        <translation>Datenprodukte (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="88" />
        <source>Contracts (%1)</source>
        <translation>Verträge (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="90" />
        <source>Schema objects (%1)</source>
        <translation>Schemaobjekte (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="92" />
        <source>Fields (%1)</source>
        <translation>Felder (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="93" />
        <source>Domains (%1)</source>
        <translation>Domänen (%1)</translation>
    </message>
</context>
<context>
    <name>meshdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26" />
        <source>Default: catalog.sqlite in the application data folder</source>
        <translation>Standard: catalog.sqlite im Anwendungsdatenordner</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29" />
        <source>Catalog database</source>
        <translation>Katalog-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="30" />
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="42" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="48" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="49" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="50" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="54" />
        <source>Catalog database:</source>
        <translation>Katalog-Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="55" />
        <source>Acting user:</source>
        <translation>Handelnder Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="56" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="57" />
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="58" />
        <source>The database and the language take effect the next time MeshDesk starts.</source>
        <translation>Datenbank und Sprache gelten ab dem nächsten Start von MeshDesk.</translation>
    </message>
</context>
<context>
    <name>meshdesk::cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="89" />
        <source>usage: meshdesk import [--db FILE] [--as USER] PATH...</source>
        <translation>Aufruf: meshdesk import [--db DATEI] [--as BENUTZER] PFAD...</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="98" />
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="104" />
        <source>importing %1 of %2 files</source>
        <translation>importiere %1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="124" />
        <source>%1 %2: differs from the approved version; pending change #%3 created
</source>
        <translation>%1 %2: weicht von der freigegebenen Version ab; offene Änderung #%3 angelegt
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="146" />
        <source>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</source>
        <translation>%1 Dateien: %2 hinzugefügt, %3 unverändert, %4 offene Änderungen, %5 abgelehnt
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="174" />
        <source>usage: meshdesk list domains|products|contracts|changes [--json]</source>
        <translation>Aufruf: meshdesk list domains|products|contracts|changes [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="192" />
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="194" />
        <location filename="../app/Cli.cpp" line="245" />
        <location filename="../app/Cli.cpp" line="553" />
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="194" />
        <source>PRODUCTS</source>
        <translation>PRODUKTE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="194" />
        <source>CONTRACTS</source>
        <translation>VERTRÄGE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="223" />
        <location filename="../app/Cli.cpp" line="245" />
        <location filename="../app/Cli.cpp" line="608" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="223" />
        <location filename="../app/Cli.cpp" line="245" />
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="223" />
        <location filename="../app/Cli.cpp" line="383" />
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="223" />
        <location filename="../app/Cli.cpp" line="608" />
        <source>SUBJECT</source>
        <translation>GEGENSTAND</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="223" />
        <source>VERSIONS</source>
        <translation>VERSIONEN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="224" />
        <source>PROPOSER</source>
        <translation>VORSCHLAG VON</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="224" />
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="245" />
        <location filename="../app/Cli.cpp" line="383" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="245" />
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246" />
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246" />
        <source>PENDING</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="258" />
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="260" />
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="262" />
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="264" />
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="278" />
        <source>items: %1
</source>
        <translation>Elemente: %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="289" />
        <source>usage: meshdesk show product|contract ID [--json]</source>
        <translation>Aufruf: meshdesk show product|contract ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="297" />
        <source>no %1 with id '%2'</source>
        <translation>kein(e) %1 mit der ID '%2'</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="302" />
        <source>%1 '%2': the stored source no longer parses</source>
        <translation>%1 '%2': die gespeicherte Quelle lässt sich nicht mehr lesen</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="324" />
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="325" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="326" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="327" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="328" />
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="329" />
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="330" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333" />
        <location filename="../app/Cli.cpp" line="341" />
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="334" />
        <location filename="../app/Cli.cpp" line="342" />
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="336" />
        <source>Input:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="338" />
        <source>Output:</source>
        <translation>Ausgang:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="344" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="346" />
        <source>
Object %1 (%2 fields)
</source>
        <translation>
Objekt %1 (%2 Felder)
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="350" />
        <source>
Versions:
</source>
        <translation>
Versionen:
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355" />
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="363" />
        <source>usage: meshdesk search TEXT [--json]</source>
        <translation>Aufruf: meshdesk search TEXT [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="383" />
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="383" />
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="383" />
        <source>MATCH</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="399" />
        <source>%1: a diff compares files holding one document each; this one has %2</source>
        <translation>%1: ein Diff vergleicht Dateien mit je einem Dokument; diese hat %2</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="408" />
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="415" />
        <source>BREAKING</source>
        <translation>INKOMPATIBEL</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="415" />
        <source>Non-breaking</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="415" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="434" />
        <source>usage: meshdesk diff OLD_FILE NEW_FILE [--json]</source>
        <translation>Aufruf: meshdesk diff ALTE_DATEI NEUE_DATEI [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="463" />
        <source>%1 %2: %3 -&gt; %4: %5 breaking, %6 non-breaking, %7 info
</source>
        <translation>%1 %2: %3 -&gt; %4: %5 inkompatibel, %6 kompatibel, %7 Info
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="468" />
        <source>
Avro compatibility (Schema Registry terms): %1
</source>
        <translation>
Avro-Kompatibilität (Begriffe der Schema Registry): %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="470" />
        <source>  not BACKWARD: %1
</source>
        <translation>  nicht BACKWARD: %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="472" />
        <source>  not FORWARD: %1
</source>
        <translation>  nicht FORWARD: %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="480" />
        <source>Change #%1 (%2): %3 %4, %5 -&gt; %6, proposed by %7 at %8
</source>
        <translation>Änderung #%1 (%2): %3 %4, %5 -&gt; %6, vorgeschlagen von %7 am %8
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="485" />
        <source>Decided by %1 at %2: %3
</source>
        <translation>Entschieden von %1 am %2: %3
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="487" />
        <source>
Policies:
</source>
        <translation>
Richtlinien:
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="489" />
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="489" />
        <source>FAIL</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="489" />
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="493" />
        <source>
Downstream impact:
</source>
        <translation>
Nachgelagerte Auswirkung:
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="495" />
        <source>  no product reads it
</source>
        <translation>  kein Produkt liest ihn
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="495" />
        <source>  nothing breaking
</source>
        <translation>  nichts Inkompatibles
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="507" />
        <source>usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]</source>
        <translation>Aufruf: meshdesk review show|approve|reject ÄNDERUNG --as BENUTZER [--comment TEXT]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="530" />
        <source>change #%1 %2 by %3
</source>
        <translation>Änderung #%1 %2 von %3
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="530" />
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="530" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="553" />
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="553" />
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="553" />
        <source>GRANTED BY</source>
        <translation>VERGEBEN VON</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="553" />
        <location filename="../app/Cli.cpp" line="608" />
        <source>AT</source>
        <translation>AM</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="558" />
        <source>usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role list</source>
        <translation>Aufruf: meshdesk role grant|revoke BENUTZER ROLLE --domain D --as ADMIN | meshdesk role list</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="569" />
        <source>%1: %2 %3 %4
</source>
        <translation>%1: %2 %3 %4
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="577" />
        <source>usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export --out DIR [--change ID | --from DATE --to DATE]</source>
        <translation>Aufruf: meshdesk audit verify | audit list [--from DATUM] [--to DATUM] | audit export --out ORDNER [--change ID | --from DATUM --to DATUM]</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="589" />
        <source>audit log intact: %n row(s) verified
</source>
        <translation><numerusform>Prüfprotokoll intakt: %n Zeile verifiziert
</numerusform><numerusform>Prüfprotokoll intakt: %n Zeilen verifiziert
</numerusform></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="591" />
        <source>audit log BROKEN at row #%1: %2
</source>
        <translation>Prüfprotokoll BESCHÄDIGT in Zeile #%1: %2
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="608" />
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="608" />
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="614" />
        <source>audit export needs --out DIR</source>
        <translation>audit export braucht --out ORDNER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="623" />
        <source>wrote %1.md and %1.csv
</source>
        <translation>%1.md und %1.csv geschrieben
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="642" />
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="642" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="647" />
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="647" />
        <source>ENABLED</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="647" />
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="647" />
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="651" />
        <source>usage: meshdesk policy list | policy enable|disable ID --as ADMIN</source>
        <translation>Aufruf: meshdesk policy list | policy enable|disable ID --as ADMIN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="659" />
        <source>policy %1 %2d
</source>
        <translation>Richtlinie %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="701" />
        <source>unknown command '%1'; see meshdesk --help</source>
        <translation>unbekannter Befehl '%1'; siehe meshdesk --help</translation>
    </message>
</context>
<context>
    <name>meshdesk::governance</name>
    <message>
        <location filename="../models/governance/Policies.cpp" line="146" />
        <source>A breaking change needs a major version bump</source>
        <translation>Eine inkompatible Änderung braucht eine neue Hauptversion</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="147" />
        <source>Every data product has an owner</source>
        <translation>Jedes Datenprodukt hat einen Eigentümer</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="149" />
        <source>Every field has a description</source>
        <translation>Jedes Feld hat eine Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="152" />
        <source>Fields that look like personal data declare a classification or PII</source>
        <translation>Felder, die nach personenbezogenen Daten aussehen, sind klassifiziert oder als PII markiert</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="155" />
        <source>Every output port of a product has a contract</source>
        <translation>Jeder Ausgangsport eines Produkts hat einen Vertrag</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="157" />
        <source>Status follows the lifecycle proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</source>
        <translation>Der Status folgt dem Lebenszyklus proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</translation>
    </message>
</context>
</TS>