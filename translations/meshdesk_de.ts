<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>external source</source>
        <translation>externe Quelle</translation>
    </message>
    <message>
        <source>Focus here</source>
        <translation>Hierauf fokussieren</translation>
    </message>
    <message>
        <source>Expand upstream</source>
        <translation>Vorgelagerte aufklappen</translation>
    </message>
    <message>
        <source>Expand downstream</source>
        <translation>Nachgelagerte aufklappen</translation>
    </message>
    <message>
        <source>Collapse upstream</source>
        <translation>Vorgelagerte zuklappen</translation>
    </message>
    <message>
        <source>Collapse downstream</source>
        <translation>Nachgelagerte zuklappen</translation>
    </message>
    <message>
        <source>Highlight impact</source>
        <translation>Auswirkung hervorheben</translation>
    </message>
    <message>
        <source>Show field lineage</source>
        <translation>Feld-Lineage zeigen</translation>
    </message>
    <message>
        <source>Open product page</source>
        <translation>Produktseite öffnen</translation>
    </message>
    <message>
        <source>%1 (closes a cycle)</source>
        <translation>%1 (schließt einen Zyklus)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Catalog database file (default: $MESHDESK_DB or the app data folder).</source>
        <translation>Katalog-Datenbankdatei (Standard: $MESHDESK_DB oder der Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>Print JSON (stable, documented in the README).</source>
        <translation>JSON ausgeben (stabil, im README beschrieben).</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Debug-Meldungen auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>Open the demo catalog in a fresh temporary database.</source>
        <translation>Den Demo-Katalog in einer neuen temporären Datenbank öffnen.</translation>
    </message>
    <message>
        <source>User interface language (e.g. de, en).</source>
        <translation>Sprache der Oberfläche (z. B. de, en).</translation>
    </message>
    <message>
        <source>Close the GUI after this many milliseconds (for scripted screenshots).</source>
        <translation>Die Oberfläche nach so vielen Millisekunden schließen (für automatische Bildschirmfotos).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE before quitting.</source>
        <translation>Vor dem Beenden ein Bildschirmfoto des Fensters in DATEI speichern.</translation>
    </message>
    <message>
        <source>Comment of a review decision (required to reject).</source>
        <translation>Kommentar zu einer Prüfentscheidung (zum Ablehnen erforderlich).</translation>
    </message>
    <message>
        <source>Domain of a role.</source>
        <translation>Domäne einer Rolle.</translation>
    </message>
    <message>
        <source>Start of a period (ISO date).</source>
        <translation>Beginn eines Zeitraums (ISO-Datum).</translation>
    </message>
    <message>
        <source>End of a period (ISO date, exclusive).</source>
        <translation>Ende eines Zeitraums (ISO-Datum, ausschließlich).</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>A change id (evidence pack of one change).</source>
        <translation>Eine Änderungsnummer (Nachweispaket einer Änderung).</translation>
    </message>
    <message>
        <source>GUI: open the review of this change.</source>
        <translation>Oberfläche: die Prüfung dieser Änderung öffnen.</translation>
    </message>
    <message>
        <source>GUI: open the governance dashboard.</source>
        <translation>Oberfläche: das Governance-Dashboard öffnen.</translation>
    </message>
    <message>
        <source>GUI: open product:ID or contract:ID.</source>
        <translation>Oberfläche: product:ID oder contract:ID öffnen.</translation>
    </message>
    <message>
        <source>GUI: the tab to show (a page: 0 overview, 1 schema, 2 source, 3 live messages; with --dashboard: 0 catalog, 1 governance, 2 live data).</source>
        <translation>GUI: der anzuzeigende Reiter (einer Seite: 0 Übersicht, 1 Schema, 2 Quelle, 3 Live-Nachrichten; mit --dashboard: 0 Katalog, 1 Governance, 2 Live-Daten).</translation>
    </message>
    <message>
        <source>Lineage: the product to focus on.</source>
        <translation>Lineage: das Produkt im Fokus.</translation>
    </message>
    <message>
        <source>Lineage: steps upstream (default 1).</source>
        <translation>Lineage: Schritte aufwärts (Standard 1).</translation>
    </message>
    <message>
        <source>Lineage: steps downstream (default 1).</source>
        <translation>Lineage: Schritte abwärts (Standard 1).</translation>
    </message>
    <message>
        <source>Lineage: list the transitive downstream products and owners.</source>
        <translation>Lineage: alle transitiv nachgelagerten Produkte und ihre Eigentümer auflisten.</translation>
    </message>
    <message>
        <source>Lineage output: json, dot or svg.</source>
        <translation>Lineage-Ausgabe: json, dot oder svg.</translation>
    </message>
    <message>
        <source>GUI: open the lineage view focused on this product.</source>
        <translation>Oberfläche: die Lineage-Ansicht mit diesem Produkt im Fokus öffnen.</translation>
    </message>
    <message>
        <source>Sample: Kafka bootstrap servers.</source>
        <translation>Stichprobe: Kafka-Bootstrap-Server.</translation>
    </message>
    <message>
        <source>Sample: the topic.</source>
        <translation>Stichprobe: das Topic.</translation>
    </message>
    <message>
        <source>Sample: the last N messages per partition (default 10).</source>
        <translation>Stichprobe: die letzten N Nachrichten je Partition (Standard 10).</translation>
    </message>
    <message>
        <source>Sample: from the beginning of each partition.</source>
        <translation>Stichprobe: vom Anfang jeder Partition.</translation>
    </message>
    <message>
        <source>Sample: keep at most N messages (default 1000).</source>
        <translation>Stichprobe: höchstens N Nachrichten behalten (Standard 1000).</translation>
    </message>
    <message>
        <source>Sample: give up after S seconds (default 10).</source>
        <translation>Stichprobe: nach S Sekunden aufgeben (Standard 10).</translation>
    </message>
    <message>
        <source>Sample: check messages against this contract file.</source>
        <translation>Stichprobe: Nachrichten gegen diese Vertragsdatei prüfen.</translation>
    </message>
    <message>
        <source>Demo broker: create the demo topics and feed them.</source>
        <translation>Demo-Broker: die Demo-Topics anlegen und befüllen.</translation>
    </message>
    <message>
        <source>Sample: Schema Registry URL for the Confluent wire format.</source>
        <translation>Stichprobe: URL der Schema Registry für das Confluent-Wire-Format.</translation>
    </message>
    <message>
        <source>Sample: a saved Kafka connection profile (SASL/SSL); its password from MESHDESK_KAFKA_PASSWORD or the system keychain.</source>
        <translation>Stichprobe: ein gespeichertes Kafka-Verbindungsprofil (SASL/SSL); sein Passwort aus MESHDESK_KAFKA_PASSWORD oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Sample: from this offset in each partition.</source>
        <translation>Stichprobe: ab diesem Offset in jeder Partition.</translation>
    </message>
    <message>
        <source>Sample: keep printing new messages until stopped.</source>
        <translation>Stichprobe: neue Nachrichten ausgeben, bis beendet.</translation>
    </message>
    <message>
        <source>Demo broker: the bootstrap port to listen on.</source>
        <translation>Demo-Broker: der Bootstrap-Port, auf dem er lauscht.</translation>
    </message>
    <message>
        <source>Subcommand and its arguments.</source>
        <translation>Unterbefehl und seine Argumente.</translation>
    </message>
    <message>
        <source>Act as this identity: its private key must be on this machine (default: the identity chosen in Settings, or the only one).</source>
        <translation>Als diese Identität handeln: ihr privater Schlüssel muss auf diesem Rechner liegen (Vorgabe: die in den Einstellungen gewählte Identität oder die einzige).</translation>
    </message>
    <message>
        <source>member add: the public key (a .pub file or an OpenSSH line).</source>
        <translation>member add: der öffentliche Schlüssel (eine .pub-Datei oder eine OpenSSH-Zeile).</translation>
    </message>
    <message>
        <source>identity create|import: keep the private key in the system keychain or a passphrase-protected file (default: the keychain if there is one).</source>
        <translation>identity create|import: den privaten Schlüssel im Schlüsselbund des Systems oder in einer mit Passphrase geschützten Datei aufbewahren (Vorgabe: der Schlüsselbund, wenn es einen gibt).</translation>
    </message>
    <message>
        <source>Workshop: two desks (two windows, two identities) sharing one team catalog over the in-process demo broker.</source>
        <translation>Workshop: zwei Arbeitsplätze (zwei Fenster, zwei Identitäten) teilen einen Team-Katalog über den eingebauten Demo-Broker.</translation>
    </message>
    <message>
        <source>team join: the trust root's key fingerprint to pin (compare it with the catalog's creator).</source>
        <translation>team join: der Fingerabdruck des Vertrauensankers, der festgehalten wird (mit dem Ersteller des Katalogs vergleichen).</translation>
    </message>
    <message>
        <source>team create: the team topic's message limit in bytes (its max.message.bytes; default 1048576).</source>
        <translation>team create: die Nachrichtengrenze des Team-Topics in Byte (sein max.message.bytes; Standard 1048576).</translation>
    </message>
    <message>
        <source>MeshDesk — desk B: %1</source>
        <translation>MeshDesk — Arbeitsplatz B: %1</translation>
    </message>
    <message>
        <source>MeshDesk — desk A: %1</source>
        <translation>MeshDesk — Arbeitsplatz A: %1</translation>
    </message>
    <message>
        <source>Desk B: propose the breaking change with File &gt; Import files… %1; desk A sees it in its Inbox at once.</source>
        <translation>Arbeitsplatz B: Schlagen Sie die inkompatible Änderung mit Datei &gt; Dateien importieren… vor: %1; Arbeitsplatz A sieht sie sofort im Eingang.</translation>
    </message>
    <message>
        <source>MeshDesk: data mesh catalog and governance console.

Commands (none: the GUI):
  import PATH...                          import files or folders
  list domains|products|contracts|changes
  show product|contract ID
  search [--] TEXT                        (-- before text that begins with '-')
  diff OLD_FILE NEW_FILE                  semantic diff (exit 1: breaking)
  review show|approve|reject CHANGE_ID    [--comment TEXT]
  role grant|revoke USER ROLE --domain D | role list
  identity show|create|export-public|list|import   keys that sign your acts
  member list | member add NAME --key PUB | member remove NAME
  team create|join|status|sync|admit     one catalog for a team, over Kafka
  audit verify | audit list | audit export --out DIR [--change ID]
  policy list | policy enable|disable ID
  lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]
  sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--contract FILE | --product ID]
  demo-broker [--seed]                    a Kafka-protocol broker on 127.0.0.1 until stopped

Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage, 3 database error, 4 output not written.</source>
        <translation>MeshDesk: Katalog- und Governance-Konsole für Data Mesh.

Befehle (keiner: die grafische Oberfläche):
  import PFAD...                          Dateien oder Ordner importieren
  list domains|products|contracts|changes
  show product|contract ID
  search [--] TEXT                        (-- vor Text, der mit '-' beginnt)
  diff ALTE_DATEI NEUE_DATEI              semantischer Vergleich (Exit 1: inkompatibel)
  review show|approve|reject ÄNDERUNG_ID  [--comment TEXT]
  role grant|revoke NUTZER ROLLE --domain D | role list
  identity show|create|export-public|list|import   Schlüssel, die Ihre Handlungen signieren
  member list | member add NAME --key PUB | member remove NAME
  team create|join|status|sync|admit     ein Katalog für ein Team, über Kafka
  audit verify | audit list | audit export --out ORDNER [--change ID]
  policy list | policy enable|disable ID
  lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]
  sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--contract DATEI | --product ID]
  demo-broker [--seed]                    ein Broker mit Kafka-Protokoll auf 127.0.0.1, bis er beendet wird

Exit-Codes: 0 in Ordnung, 1 Eingaben abgelehnt oder nicht gefunden, 2 Aufruf falsch, 3 Datenbankfehler, 4 Ausgabe nicht geschrieben.</translation>
    </message>
    <message>
        <source>To search for text that begins with '-', put -- before it: meshdesk search -- -orders</source>
        <translation>Um nach Text zu suchen, der mit '-' beginnt, -- davor setzen: meshdesk search -- -orders</translation>
    </message>
    <message>
        <source>See meshdesk --help.</source>
        <translation>Siehe meshdesk --help.</translation>
    </message>
</context>
<context>
    <name>meshdesk</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Einschränkungen:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source> (left %1)</source>
        <translation> (ausgeschieden %1)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;current&lt;/b&gt;</source>
        <translation>&lt;b&gt;aktuell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Show lineage (Ctrl+L)</source>
        <translation>Lineage zeigen (Strg+L)</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Eingangsports</translation>
    </message>
    <message>
        <source>None: a source-aligned product.</source>
        <translation>Keine: ein quellnahes Produkt.</translation>
    </message>
    <message>
        <source>external source &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>externe Quelle &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;a href='product:%1'&gt;%2&lt;/a&gt; via &lt;a href='contract:%3'&gt;%3&lt;/a&gt;</source>
        <translation>&lt;a href='product:%1'&gt;%2&lt;/a&gt; über &lt;a href='contract:%3'&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Ausgangsports</translation>
    </message>
    <message>
        <source>%1 topic &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>%1-Topic &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>live messages</source>
        <translation>Live-Nachrichten</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Eigene Eigenschaften</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Published by &lt;a href='product:%1'&gt;%2&lt;/a&gt;</source>
        <translation>Veröffentlicht von &lt;a href='product:%1'&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, freigegeben von %1</translation>
    </message>
    <message>
        <source>Quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogDashboard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Right-click to export as PNG</source>
        <translation>Rechtsklick zum Exportieren als PNG</translation>
    </message>
    <message>
        <source>Data products per domain</source>
        <translation>Datenprodukte je Domäne</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Contracts by status</source>
        <translation>Verträge nach Status</translation>
    </message>
    <message>
        <source>Fields classified or PII, % per domain</source>
        <translation>Klassifizierte oder personenbezogene Felder, % je Domäne</translation>
    </message>
    <message>
        <source>Classified %</source>
        <translation>Klassifiziert %</translation>
    </message>
    <message>
        <source>Pending changes per domain</source>
        <translation>Offene Änderungen je Domäne</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogIconProxy</name>
    <message numerus="yes">
        <source>%1  (%n pending)</source>
        <translation>
            <numerusform>%1  (%n offen)</numerusform>
            <numerusform>%1  (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogTreeModel</name>
    <message>
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::ChangeListModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Vorschlagende Person</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::DiffModel</name>
    <message>
        <source>breaking</source>
        <translation>inkompatibel</translation>
    </message>
    <message>
        <source>non-breaking</source>
        <translation>kompatibel</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>meshdesk::EntityHtml</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshdesk::GovernanceDashboard</name>
    <message numerus="yes">
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); none decided yet.</source>
        <translation>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderung; noch keine entschieden.</numerusform>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderungen; noch keine entschieden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); median time to decision %1 h.</source>
        <translation>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderung; Median bis zur Entscheidung %1 h.</numerusform>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n Änderungen; Median bis zur Entscheidung %1 h.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Changes per week by outcome</source>
        <translation>Änderungen je Woche nach Ergebnis</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Not breaking</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Breaking share: %1%</source>
        <translation>Anteil inkompatibler Änderungen: %1 %</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Richtlinienbefunde</translation>
    </message>
    <message>
        <source>Policy findings per domain (current versions)</source>
        <translation>Richtlinienbefunde je Domäne (aktuelle Versionen)</translation>
    </message>
</context>
<context>
    <name>meshdesk::IdentityDialog</name>
    <message>
        <source>passphrase-protected file</source>
        <translation>mit Passphrase geschützte Datei</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>demo key (not protected)</source>
        <translation>Demo-Schlüssel (ungeschützt)</translation>
    </message>
    <message>
        <source>key file named by MESHDESK_KEY_FILE</source>
        <translation>Schlüsseldatei aus MESHDESK_KEY_FILE</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>The private key is stored encrypted with this passphrase (at least 8 characters).</source>
        <translation>Der private Schlüssel wird mit dieser Passphrase verschlüsselt gespeichert (mindestens 8 Zeichen).</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Identities and members</source>
        <translation>Identitäten und Mitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>Privater Schlüssel liegt in</translation>
    </message>
    <message>
        <source>&amp;New identity…</source>
        <translation>&amp;Neue Identität…</translation>
    </message>
    <message>
        <source>&amp;Import key…</source>
        <translation>Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>Öffentlichen Schlüssel &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Act as this identity</source>
        <translation>Als diese Identität &amp;handeln</translation>
    </message>
    <message>
        <source>Who acts in MeshDesk is proven by a key, not by a typed name: every proposal, decision and role change is signed with the private key of the acting identity. The private key never leaves this machine; give others the public key.</source>
        <translation>Wer in MeshDesk handelt, beweist ein Schlüssel, kein eingetippter Name: Jeder Vorschlag, jede Entscheidung und jede Rollenänderung wird mit dem privaten Schlüssel der handelnden Identität signiert. Der private Schlüssel verlässt diesen Rechner nie; anderen geben Sie den öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>On this machine</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <source>Name (letters, digits and . _ @ -):</source>
        <translation>Name (Buchstaben, Ziffern und . _ @ -):</translation>
    </message>
    <message>
        <source>Import a private key (OpenSSH ed25519 or MeshDesk)</source>
        <translation>Privaten Schlüssel importieren (OpenSSH ed25519 oder MeshDesk)</translation>
    </message>
    <message>
        <source>Import key</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>Act under the name:</source>
        <translation>Handeln unter dem Namen:</translation>
    </message>
    <message>
        <source>The key file's passphrase:</source>
        <translation>Passphrase der Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importiert (%2).</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <source>The public key of %1 is on the clipboard%2. Give it to an admin of the catalog.</source>
        <translation>Der öffentliche Schlüssel von %1 liegt in der Zwischenablage%2. Geben Sie ihn einem Admin des Katalogs.</translation>
    </message>
    <message>
        <source> and in %1</source>
        <translation> und in %1</translation>
    </message>
    <message>
        <source>Acting as %1.</source>
        <translation>Sie handeln als %1.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Admitted by</source>
        <translation>Aufgenommen von</translation>
    </message>
    <message>
        <source>A&amp;dmit a member…</source>
        <translation>Mitglied a&amp;ufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Grant a role…</source>
        <translation>Rolle &amp;vergeben…</translation>
    </message>
    <message>
        <source>Re&amp;voke a role…</source>
        <translation>Rolle ent&amp;ziehen…</translation>
    </message>
    <message>
        <source>Members of this catalog</source>
        <translation>Mitglieder dieses Katalogs</translation>
    </message>
    <message>
        <source>Admit a member</source>
        <translation>Mitglied aufnehmen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Compare the key's fingerprint with its owner (by phone or chat) before you admit it.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Schlüssels mit seinem Besitzer (per Telefon oder Chat), bevor Sie ihn aufnehmen.</translation>
    </message>
    <message>
        <source>%1 removed; acts signed by the key from now on are refused.</source>
        <translation>%1 entfernt; ab jetzt mit diesem Schlüssel signierte Handlungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Mitglied:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Role revoked.</source>
        <translation>Rolle entzogen.</translation>
    </message>
    <message>
        <source>Created %1, key %2 (%3). Export the public key and give it to an admin of the catalog.</source>
        <translation>%1 angelegt, Schlüssel %2 (%3). Exportieren Sie den öffentlichen Schlüssel und geben Sie ihn einem Admin des Katalogs.</translation>
    </message>
    <message>
        <source>The admission of %1 is queued for the team log.</source>
        <translation>Die Aufnahme von %1 wartet auf das Team-Protokoll.</translation>
    </message>
    <message>
        <source>%1 admitted.</source>
        <translation>%1 aufgenommen.</translation>
    </message>
    <message>
        <source>Role granted.</source>
        <translation>Rolle vergeben.</translation>
    </message>
    <message>
        <source>%1 (acting)</source>
        <translation>%1 (handelt)</translation>
    </message>
    <message>
        <source>Only an admin of this catalog admits members and grants roles.</source>
        <translation>Nur ein Admin dieses Katalogs nimmt Mitglieder auf und vergibt Rollen.</translation>
    </message>
    <message>
        <source>This catalog has no signed acts yet: its first act (an import) makes the acting identity its admin and trust root.</source>
        <translation>Dieser Katalog hat noch keine signierten Handlungen: Seine erste Handlung (ein Import) macht die handelnde Identität zu seinem Admin und seiner Vertrauensbasis.</translation>
    </message>
    <message>
        <source>Catalog trust root: %1 (the key of %2, who created it). Compare it with the creator's by phone or chat, as you would an SSH host key.%3</source>
        <translation>Vertrauensbasis des Katalogs: %1 (der Schlüssel von %2, der ihn angelegt hat). Vergleichen Sie ihn per Telefon oder Chat mit dem des Erstellers, wie einen SSH-Hostschlüssel.%3</translation>
    </message>
    <message>
        <source>a removed member</source>
        <translation>einem entfernten Mitglied</translation>
    </message>
    <message>
        <source>
Only admins admit members and grant roles.</source>
        <translation>
Nur Admins nehmen Mitglieder auf und vergeben Rollen.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
</context>
<context>
    <name>meshdesk::ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: </source>
        <translation>
            <numerusform>%n Datei gelesen: </numerusform>
            <numerusform>%n Dateien gelesen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n hinzugefügt, </numerusform>
            <numerusform>%n hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unverändert, </numerusform>
            <numerusform>%n unverändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s), </source>
        <translation>
            <numerusform>%n offene Änderung, </numerusform>
            <numerusform>%n offene Änderungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected.</source>
        <translation>
            <numerusform>%n Datei abgelehnt.</numerusform>
            <numerusform>%n Dateien abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source> Cancelled before the end.</source>
        <translation> Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 %2 unchanged</source>
        <translation>%1 %2 unverändert</translation>
    </message>
    <message>
        <source>%1 %2: pending change #%3</source>
        <translation>%1 %2: offene Änderung #%3</translation>
    </message>
    <message>
        <source>Double-click to review</source>
        <translation>Doppelklick zum Prüfen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n sent to the team log, </source>
        <translation>
            <numerusform>%n an das Team-Log gesendet, </numerusform>
            <numerusform>%n an das Team-Log gesendet, </numerusform>
        </translation>
    </message>
    <message>
        <source>sent to the team</source>
        <translation>an das Team gesendet</translation>
    </message>
    <message>
        <source>Signed and sent to the team log: it is applied, on every desk alike, when it comes back from there.</source>
        <translation>Signiert und an das Team-Log gesendet: Es wird angewendet, auf jedem Arbeitsplatz gleich, sobald es von dort zurückkommt.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at a database error; %n file(s) not imported:</source>
        <translation><numerusform>Bei einem Datenbankfehler angehalten; %n Datei nicht importiert:</numerusform><numerusform>Bei einem Datenbankfehler angehalten; %n Dateien nicht importiert:</numerusform></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>the import stopped at a database error</source>
        <translation>der Import hielt bei einem Datenbankfehler an</translation>
    </message>
</context>
<context>
    <name>meshdesk::JsonTreeWidget</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n node(s); see the text view</source>
        <translation>
            <numerusform>mehr als %n Knoten; siehe die Textansicht</numerusform>
            <numerusform>mehr als %n Knoten; siehe die Textansicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>%1 bytes: too large for the tree; see the text view</source>
        <translation>%1 Bytes: zu groß für den Baum; siehe die Textansicht</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>(Nachricht)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>meshdesk::KafkaConnectionsDialog</name>
    <message>
        <source>Kafka connections</source>
        <translation>Kafka-Verbindungen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Watermarks (low-high)</source>
        <translation>Wasserstände (niedrig-hoch)</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Double-click a topic to open the data product that publishes it.</source>
        <translation>Doppelklick auf ein Topic öffnet das Datenprodukt, das es veröffentlicht.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Security protocol:</source>
        <translation>Sicherheitsprotokoll:</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>SASL-Mechanismus:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>A profile needs a name and bootstrap servers.</source>
        <translation>Ein Profil braucht einen Namen und Bootstrap-Server.</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>Profile %1 saved; the password is in the system keychain.</source>
        <translation>Profil %1 gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Profile %1 saved. No keychain is available (%2): the password is kept for this session only.</source>
        <translation>Profil %1 gespeichert. Kein Schlüsselbund verfügbar (%2): das Passwort gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s), </source>
        <translation>
            <numerusform>Verbunden: %n Broker, </numerusform>
            <numerusform>Verbunden: %n Broker, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s).</source>
        <translation>
            <numerusform>%n Topic.</numerusform>
            <numerusform>%n Topics.</numerusform>
        </translation>
    </message>
    <message>
        <source> Some watermarks are missing: %1</source>
        <translation> Einige Watermarks fehlen: %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Described by contract %1</source>
        <translation>Beschrieben durch Vertrag %1</translation>
    </message>
</context>
<context>
    <name>meshdesk::KafkaDashboard</name>
    <message>
        <source>Measure again</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Messages checked</source>
        <translation>Geprüfte Nachrichten</translation>
    </message>
    <message>
        <source>Violating</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>Conformance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;Sampling the catalog's Kafka topics on %1…</source>
        <translation>&lt;h3&gt;Live-Daten&lt;/h3&gt;Die Kafka-Topics des Katalogs werden auf %1 abgetastet…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;No contract of the catalog is published on Kafka (a server of type kafka with a topic).</source>
        <translation>&lt;h3&gt;Live-Daten&lt;/h3&gt;Kein Vertrag des Katalogs wird auf Kafka veröffentlicht (ein Server vom Typ kafka mit einem Topic).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Live data&lt;/h3&gt;%n topic(s); no messages on them yet.</source>
        <translation>
            <numerusform>&lt;h3&gt;Live-Daten&lt;/h3&gt;%n Topic; noch keine Nachrichten darauf.</numerusform>
            <numerusform>&lt;h3&gt;Live-Daten&lt;/h3&gt;%n Topics; noch keine Nachrichten darauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Live data&lt;/h3&gt;%n topic(s); </source>
        <translation>
            <numerusform>&lt;h3&gt;Live-Daten&lt;/h3&gt;%n Topic; </numerusform>
            <numerusform>&lt;h3&gt;Live-Daten&lt;/h3&gt;%n Topics; </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 recent messages conform to their contract (%3%).</source>
        <translation>%1 von %2 aktuellen Nachrichten entsprechen ihrem Vertrag (%3 %).</translation>
    </message>
    <message>
        <source>Conformance to the contract, per topic (% of recent messages)</source>
        <translation>Konformität zum Vertrag je Topic (% der aktuellen Nachrichten)</translation>
    </message>
    <message>
        <source>conforming</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>no messages yet</source>
        <translation>noch keine Nachrichten</translation>
    </message>
</context>
<context>
    <name>meshdesk::LineageView</name>
    <message>
        <source>Find a product…</source>
        <translation>Produkt finden…</translation>
    </message>
    <message>
        <source>up </source>
        <translation>aufwärts </translation>
    </message>
    <message>
        <source>down </source>
        <translation>abwärts </translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Path to product…</source>
        <translation>Pfad zu Produkt…</translation>
    </message>
    <message>
        <source>Whole mesh</source>
        <translation>Ganzes Mesh</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>Logik</translation>
    </message>
    <message>
        <source>View as SVG…</source>
        <translation>Ansicht als SVG…</translation>
    </message>
    <message>
        <source>View as PNG…</source>
        <translation>Ansicht als PNG…</translation>
    </message>
    <message>
        <source>Graph as DOT…</source>
        <translation>Graph als DOT…</translation>
    </message>
    <message>
        <source>Graph as JSON…</source>
        <translation>Graph als JSON…</translation>
    </message>
    <message>
        <source>Export lineage</source>
        <translation>Lineage exportieren</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Graphviz (*.dot)</source>
        <translation>Graphviz (*.dot)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>No product '%1' in the lineage graph.</source>
        <translation>Kein Produkt '%1' im Lineage-Graphen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) with declared lineage</source>
        <translation>
            <numerusform>%1: %n Feld mit deklarierter Lineage</numerusform>
            <numerusform>%1: %n Felder mit deklarierter Lineage</numerusform>
        </translation>
    </message>
    <message>
        <source>Its contracts declare no field-level lineage (transformSourceObjects).</source>
        <translation>Seine Verträge deklarieren keine Feld-Lineage (transformSourceObjects).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) downstream.</source>
        <translation>
            <numerusform>%n nachgelagertes Produkt.</numerusform>
            <numerusform>%n nachgelagerte Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path from %1 to %2.</source>
        <translation>Kein Pfad von %1 nach %2.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s).</source>
        <translation>
            <numerusform>Pfad mit %n Schritt.</numerusform>
            <numerusform>Pfad mit %n Schritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product matches '%1'.</source>
        <translation>Kein Produkt passt zu '%1'.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown, %3 layers, %4 crossings</source>
        <translation>%1 von %2 Knoten gezeigt, %3 Ebenen, %4 Kreuzungen</translation>
    </message>
    <message numerus="yes">
        <source> — %n dangling reference(s)</source>
        <translation>
            <numerusform> — %n offene Referenz</numerusform>
            <numerusform> — %n offene Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n cycle(s), marked dashed</source>
        <translation>
            <numerusform> — %n Zyklus, gestrichelt markiert</numerusform>
            <numerusform> — %n Zyklen, gestrichelt markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>MeshDesk lineage</source>
        <translation>MeshDesk-Lineage</translation>
    </message>
</context>
<context>
    <name>meshdesk::MainWindow</name>
    <message>
        <source>MeshDesk</source>
        <translation>MeshDesk</translation>
    </message>
    <message>
        <source>The catalog could not be opened:
%1</source>
        <translation>Der Katalog konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import contracts and products</source>
        <translation>Verträge und Produkte importieren</translation>
    </message>
    <message>
        <source>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation>Verträge und Produkte (*.yaml *.yml *.json *.avsc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Lineage</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>G&amp;overnance</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>Da&amp;shboards</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Prüfprotokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>Export evidence for a &amp;period…</source>
        <translation>Nachweise für einen &amp;Zeitraum exportieren…</translation>
    </message>
    <message>
        <source>Export the audit log to</source>
        <translation>Das Prüfprotokoll exportieren nach</translation>
    </message>
    <message>
        <source>Evidence written to %1</source>
        <translation>Nachweise geschrieben nach %1</translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Richtlinien…</translation>
    </message>
    <message>
        <source>&amp;Kafka connections…</source>
        <translation>&amp;Kafka-Verbindungen…</translation>
    </message>
    <message>
        <source>demo broker</source>
        <translation>Demo-Broker</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Search products, contracts, fields (Ctrl+K)</source>
        <translation>Produkte, Verträge, Felder suchen (Strg+K)</translation>
    </message>
    <message>
        <source>View source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Live messages</source>
        <translation>Live-Nachrichten</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Live data</source>
        <translation>Live-Daten</translation>
    </message>
    <message>
        <source>Export the evidence pack to</source>
        <translation>Das Nachweispaket exportieren nach</translation>
    </message>
    <message>
        <source>Evidence pack of change #%1 written to %2</source>
        <translation>Nachweispaket der Änderung #%1 geschrieben nach %2</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>There is no %1 '%2' in this catalog.</source>
        <translation>In diesem Katalog gibt es kein(e) %1 '%2'.</translation>
    </message>
    <message>
        <source>The stored source of %1 '%2' no longer parses.</source>
        <translation>Die gespeicherte Quelle von %1 '%2' lässt sich nicht mehr lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Import: %n file(s) read, </source>
        <translation>
            <numerusform>Import: %n Datei gelesen, </numerusform>
            <numerusform>Import: %n Dateien gelesen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n hinzugefügt, </numerusform>
            <numerusform>%n hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s), </source>
        <translation>
            <numerusform>%n offene Änderung, </numerusform>
            <numerusform>%n offene Änderungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <source>the contracts' servers</source>
        <translation>den Servern der Verträge</translation>
    </message>
    <message>
        <source>the contract names no bootstrap server</source>
        <translation>der Vertrag nennt keinen Bootstrap-Server</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Copy field path</source>
        <translation>Feldpfad kopieren</translation>
    </message>
    <message>
        <source>Filter fields (name, type, description…)</source>
        <translation>Felder filtern (Name, Typ, Beschreibung…)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Import contracts or open the demo (meshdesk --demo).
File &gt; Import files or folder, or drop files here.</source>
        <translation>Importieren Sie Verträge oder öffnen Sie die Demo (meshdesk --demo).
Datei &gt; Dateien oder Ordner importieren, oder Dateien hierher ziehen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unlock %1's key</source>
        <translation>Schlüssel von %1 entsperren</translation>
    </message>
    <message>
        <source>Passphrase for the private key of %1:</source>
        <translation>Passphrase für den privaten Schlüssel von %1:</translation>
    </message>
    <message>
        <source>&amp;Identities and members…</source>
        <translation>&amp;Identitäten und Mitglieder…</translation>
    </message>
    <message>
        <source>Importing is an act signed by the acting identity: %1</source>
        <translation>Ein Import ist eine von der handelnden Identität signierte Handlung: %1</translation>
    </message>
    <message>
        <source>Cannot act as %1: %2</source>
        <translation>Handeln als %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Acting as %1 — no key on this machine</source>
        <translation>Sie handeln als %1 – kein Schlüssel auf diesem Rechner</translation>
    </message>
    <message>
        <source>Acting as %1 · %2</source>
        <translation>Sie handeln als %1 · %2</translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation> (Demo-Schlüssel)</translation>
    </message>
    <message>
        <source> — not a member of this catalog</source>
        <translation> – kein Mitglied dieses Katalogs</translation>
    </message>
    <message>
        <source>Key fingerprint %1
Click to manage identities and members.</source>
        <translation>Schlüssel-Fingerabdruck %1
Klicken, um Identitäten und Mitglieder zu verwalten.</translation>
    </message>
    <message>
        <source>Your decision on change #%1 is signed and queued; it applies when it is in the team log.</source>
        <translation>Ihre Entscheidung zu Änderung #%1 ist signiert und wartet; sie gilt, sobald sie im Team-Protokoll steht.</translation>
    </message>
    <message>
        <source>Change #%1 approved by %2 (signed).</source>
        <translation>Änderung #%1 von %2 genehmigt (signiert).</translation>
    </message>
    <message>
        <source>Change #%1 rejected by %2 (signed).</source>
        <translation>Änderung #%1 von %2 abgelehnt (signiert).</translation>
    </message>
    <message>
        <source>Warning: the audit log fails at %1: %2. The catalog was changed outside MeshDesk or without the right key.</source>
        <translation>Warnung: Das Prüfprotokoll scheitert bei %1: %2. Der Katalog wurde außerhalb von MeshDesk oder ohne den richtigen Schlüssel geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n signed act(s) verified</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %n signierte Handlung verifiziert</numerusform>
            <numerusform>Prüfprotokoll intakt: %n signierte Handlungen verifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) from before signing</source>
        <translation>
            <numerusform>, %n Zeile aus der Zeit vor dem Signieren</numerusform>
            <numerusform>, %n Zeilen aus der Zeit vor dem Signieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The admission of %1 is signed and queued for the team log.</source>
        <translation>Die Aufnahme von %1 ist signiert und wartet auf das Team-Log.</translation>
    </message>
    <message>
        <source>Join a team log</source>
        <translation>Einem Team-Log beitreten</translation>
    </message>
    <message>
        <source>Create a team log</source>
        <translation>Ein Team-Log anlegen</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers:</source>
        <translation>Kafka-Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Trust root fingerprint:</source>
        <translation>Fingerabdruck des Vertrauensankers:</translation>
    </message>
    <message>
        <source>New catalog file:</source>
        <translation>Neue Katalogdatei:</translation>
    </message>
    <message>
        <source>Ask the catalog's creator for the trust root fingerprint and compare it by phone or chat. The team's catalog is read into a new file; an admin then admits your key.</source>
        <translation>Fragen Sie den Ersteller des Katalogs nach dem Fingerabdruck des Vertrauensankers und vergleichen Sie ihn per Telefon oder Chat. Der Katalog des Teams wird in eine neue Datei gelesen; danach nimmt ein Admin Ihren Schlüssel auf.</translation>
    </message>
    <message>
        <source>This catalog's history is published to the topic (created with one partition and infinite retention if it does not exist; it must be empty). Give joiners the trust root fingerprint.</source>
        <translation>Die Geschichte dieses Katalogs wird im Topic veröffentlicht (es wird mit einer Partition und unbegrenzter Aufbewahrung angelegt, wenn es nicht existiert; es muss leer sein). Geben Sie Beitretenden den Fingerabdruck des Vertrauensankers.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent to the team log, </source>
        <translation>
            <numerusform>%n an das Team-Log gesendet, </numerusform>
            <numerusform>%n an das Team-Log gesendet, </numerusform>
        </translation>
    </message>
    <message>
        <source>The team log refused an act of this desk: %1</source>
        <translation>Das Team-Log hat eine Handlung dieses Arbeitsplatzes abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team: synced · %n queued</source>
        <translation>
            <numerusform>Team: synchronisiert · %n wartet</numerusform>
            <numerusform>Team: synchronisiert · %n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n queued</source>
        <translation>
            <numerusform>Team: offline · %n wartet</numerusform>
            <numerusform>Team: offline · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already: joining reads the team's catalog into a new file.</source>
        <translation>%1 existiert bereits: Beim Beitreten wird der Katalog des Teams in eine neue Datei gelesen.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>This catalog is read-only for you (%1): you can browse and search it; importing and deciding are off.</source>
        <translation>Dieser Katalog ist für Sie schreibgeschützt (%1): Sie können ihn durchsehen und durchsuchen; Importieren und Entscheiden sind abgeschaltet.</translation>
    </message>
    <message>
        <source>This catalog is read-only for you: nothing can be imported into it.</source>
        <translation>Dieser Katalog ist für Sie schreibgeschützt: Es kann nichts in ihn importiert werden.</translation>
    </message>
    <message>
        <source>Not switched: %1</source>
        <translation>Nicht gewechselt: %1</translation>
    </message>
    <message>
        <source>This catalog is read-only for you: decisions cannot be recorded.</source>
        <translation>Dieser Katalog ist für Sie schreibgeschützt: Entscheidungen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>meshdesk::MessageModel</name>
    <message>
        <source>violation %1: %2
</source>
        <translation>Verstoß %1: %2
</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>(Nachricht)</translation>
    </message>
    <message>
        <source>header %1: %2
</source>
        <translation>Header %1: %2
</translation>
    </message>
    <message>
        <source>
… %1 more bytes (the message has %2 bytes; the first %3 are shown)</source>
        <translation>
… %1 weitere Bytes (die Nachricht hat %2 Bytes; die ersten %3 werden gezeigt)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verletzungen</translation>
    </message>
</context>
<context>
    <name>meshdesk::PoliciesDialog</name>
    <message>
        <source>Policies of this catalog</source>
        <translation>Richtlinien dieses Katalogs</translation>
    </message>
    <message>
        <source>Only an admin of this catalog changes its policies; %1 is not one.</source>
        <translation>Nur ein Administrator dieses Katalogs ändert dessen Richtlinien; %1 ist keiner.</translation>
    </message>
</context>
<context>
    <name>meshdesk::ReviewPage</name>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Non-breaking</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Downstream product</source>
        <translation>Nachgelagertes Produkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Via contract</source>
        <translation>Über Vertrag</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>Kommentar (zum Ablehnen erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Approve (Ctrl+Shift+A)</source>
        <translation>&amp;Freigeben (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Reject (Ctrl+Shift+R)</source>
        <translation>&amp;Ablehnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Nachweise exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Richtlinien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Downstream impact&lt;/b&gt; (products that read the changed output, transitively)</source>
        <translation>&lt;b&gt;Nachgelagerte Auswirkung&lt;/b&gt; (Produkte, die den geänderten Ausgang lesen, transitiv)</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Lineage zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Change #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Änderung #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 → %2, proposed by &lt;b&gt;%3&lt;/b&gt; at %4. Status: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;p&gt;%1 → %2, vorgeschlagen von &lt;b&gt;%3&lt;/b&gt; am %4. Status: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source> by &lt;b&gt;%1&lt;/b&gt; at %2: “%3”</source>
        <translation> von &lt;b&gt;%1&lt;/b&gt; am %2: „%3“</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; breaking, %2 non-breaking, %3 info</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; inkompatibel, %2 kompatibel, %3 Info</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No product reads it</source>
        <translation>Kein Produkt liest ihn</translation>
    </message>
    <message>
        <source>Nothing breaking</source>
        <translation>Nichts Inkompatibles</translation>
    </message>
    <message>
        <source>You proposed this change; another governance owner decides (four-eyes).</source>
        <translation>Sie haben diese Änderung vorgeschlagen; eine andere Governance-Verantwortliche entscheidet (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Proposal: not signed (kept from before signing).</source>
        <translation>Vorschlag: nicht signiert (aus der Zeit vor dem Signieren).</translation>
    </message>
    <message>
        <source>Proposal signed by %1 with key %2.</source>
        <translation>Vorschlag signiert von %1 mit Schlüssel %2.</translation>
    </message>
    <message>
        <source>Decision: not signed (kept from before signing).</source>
        <translation>Entscheidung: nicht signiert (aus der Zeit vor dem Signieren).</translation>
    </message>
    <message>
        <source>Decision signed by %1 with key %2.</source>
        <translation>Entscheidung signiert von %1 mit Schlüssel %2.</translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaModel</name>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>PII, %1</source>
        <translation>PII, %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Logical type</source>
        <translation>Logischer Typ</translation>
    </message>
    <message>
        <source>Physical type</source>
        <translation>Physischer Typ</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>meshdesk::SearchResultsModel</name>
    <message>
        <source>Data products (%1)</source>
        <translation>Datenprodukte (%1)</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Verträge (%1)</translation>
    </message>
    <message>
        <source>Schema objects (%1)</source>
        <translation>Schemaobjekte (%1)</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Felder (%1)</translation>
    </message>
    <message>
        <source>Domains (%1)</source>
        <translation>Domänen (%1)</translation>
    </message>
</context>
<context>
    <name>meshdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default: catalog.sqlite in the application data folder</source>
        <translation>Standard: catalog.sqlite im Anwendungsdatenordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Catalog database</source>
        <translation>Katalog-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Catalog database:</source>
        <translation>Katalog-Datenbank:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>The database and the language take effect the next time MeshDesk starts.</source>
        <translation>Datenbank und Sprache gelten ab dem nächsten Start von MeshDesk.</translation>
    </message>
    <message>
        <source>%1 (demo key)</source>
        <translation>%1 (Demo-Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (no key on this machine)</source>
        <translation>%1 (kein Schlüssel auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Acting identity:</source>
        <translation>Handelnde Identität:</translation>
    </message>
</context>
<context>
    <name>meshdesk::TeamPanel</name>
    <message>
        <source>Create a team log…</source>
        <translation>Team-Log anlegen…</translation>
    </message>
    <message>
        <source>Join a team log…</source>
        <translation>Team-Log beitreten…</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Roles per domain</source>
        <translation>Rollen je Domäne</translation>
    </message>
    <message>
        <source>Asks to join</source>
        <translation>Bittet um Aufnahme</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>Warum sie zurückgestellt wurde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitglieder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Join requests&lt;/b&gt; (compare the fingerprint with the person before you admit them)</source>
        <translation>&lt;b&gt;Beitrittsanfragen&lt;/b&gt; (vergleichen Sie den Fingerabdruck mit der Person, bevor Sie sie aufnehmen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set aside&lt;/b&gt; (events this desk did not apply)</source>
        <translation>&lt;b&gt;Zurückgestellt&lt;/b&gt; (Ereignisse, die dieser Arbeitsplatz nicht angewendet hat)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: read up to offset %1; %n act(s) of this desk queued.</source>
        <translation>
            <numerusform>Verbunden: gelesen bis Offset %1; %n Handlung dieses Arbeitsplatzes wartet.</numerusform>
            <numerusform>Verbunden: gelesen bis Offset %1; %n Handlungen dieses Arbeitsplatzes warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1): %n act(s) of this desk queued, published on reconnect; read up to offset %2.</source>
        <translation>
            <numerusform>Offline (%1): %n Handlung dieses Arbeitsplatzes wartet und wird bei Verbindung veröffentlicht; gelesen bis Offset %2.</numerusform>
            <numerusform>Offline (%1): %n Handlungen dieses Arbeitsplatzes warten und werden bei Verbindung veröffentlicht; gelesen bis Offset %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>This catalog is kept on this desk only. Create a team log on a Kafka topic to share it, or join one.</source>
        <translation>Dieser Katalog liegt nur auf diesem Arbeitsplatz. Legen Sie ein Team-Log auf einem Kafka-Topic an, um ihn zu teilen, oder treten Sie einem bei.</translation>
    </message>
    <message>
        <source>Team log &lt;b&gt;%1&lt;/b&gt; on %2%3 · trust root %4 · catalog digest %5</source>
        <translation>Team-Log &lt;b&gt;%1&lt;/b&gt; auf %2%3 · Vertrauensanker %4 · Katalog-Prüfsumme %5</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (Profil %1)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Only an admin admits members.</source>
        <translation>Nur ein Admin nimmt Mitglieder auf.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
</context>
<context>
    <name>meshdesk::TopicView</name>
    <message>
        <source>bootstrap servers</source>
        <translation>Bootstrap-Server</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Connection profile (Governance &gt; Kafka connections): security protocol, SASL and CA file for the bootstrap servers</source>
        <translation>Verbindungsprofil (Governance &gt; Kafka-Verbindungen): Sicherheitsprotokoll, SASL und CA-Datei für die Bootstrap-Server</translation>
    </message>
    <message>
        <source>Last N per partition</source>
        <translation>Letzte N je Partition</translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation>Vom Anfang</translation>
    </message>
    <message>
        <source>From offset</source>
        <translation>Ab Offset</translation>
    </message>
    <message>
        <source>Messages per partition</source>
        <translation>Nachrichten je Partition</translation>
    </message>
    <message>
        <source>Offset to start at in every partition (clamped to what it holds)</source>
        <translation>Start-Offset in jeder Partition (auf den vorhandenen Bereich begrenzt)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Avro, Schema Registry</source>
        <translation>Avro, Schema Registry</translation>
    </message>
    <message>
        <source>How values are decoded: JSON; Avro binary with the contract's schema (also the Confluent wire format); or with the schemas of a Schema Registry</source>
        <translation>Wie Werte dekodiert werden: JSON; Avro-Binärdaten mit dem Schema des Vertrags (auch im Confluent-Wire-Format); oder mit den Schemas einer Schema Registry</translation>
    </message>
    <message>
        <source>Schema Registry URL</source>
        <translation>URL der Schema Registry</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>behalte </translation>
    </message>
    <message>
        <source>Messages kept in the table; older ones are dropped (the counters stay exact)</source>
        <translation>In der Tabelle behaltene Nachrichten; ältere werden verworfen (die Zähler bleiben exakt)</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live mitlesen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Only violations</source>
        <translation>Nur Verletzungen</translation>
    </message>
    <message>
        <source>Filter key and value…</source>
        <translation>Schlüssel und Wert filtern…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>violations/s</source>
        <translation>Verletzungen/s</translation>
    </message>
    <message>
        <source>No profile (plaintext)</source>
        <translation>Kein Profil (Klartext)</translation>
    </message>
    <message>
        <source>reading the password of %1 from the keychain…</source>
        <translation>Passwort von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>No keychain answered (%1).
Password of %2 for this session:</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1).
Passwort von %2 für diese Sitzung:</translation>
    </message>
    <message>
        <source>not started: no password for %1</source>
        <translation>nicht gestartet: kein Passwort für %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>%1 messages, %2% conform to the contract</source>
        <translation>%1 Nachrichten, %2 % vertragskonform</translation>
    </message>
</context>
<context>
    <name>meshdesk::cli</name>
    <message>
        <source>usage: meshdesk import [--db FILE] [--as USER] PATH...</source>
        <translation>Aufruf: meshdesk import [--db DATEI] [--as BENUTZER] PFAD...</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>importing %1 of %2 files</source>
        <translation>importiere %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 %2: differs from the approved version; pending change #%3 created
</source>
        <translation>%1 %2: weicht von der freigegebenen Version ab; offene Änderung #%3 angelegt
</translation>
    </message>
    <message>
        <source>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</source>
        <translation>%1 Dateien: %2 hinzugefügt, %3 unverändert, %4 offene Änderungen, %5 abgelehnt
</translation>
    </message>
    <message>
        <source>usage: meshdesk list domains|products|contracts|changes [--json]</source>
        <translation>Aufruf: meshdesk list domains|products|contracts|changes [--json]</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>PRODUKTE</translation>
    </message>
    <message>
        <source>CONTRACTS</source>
        <translation>VERTRÄGE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>GEGENSTAND</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONEN</translation>
    </message>
    <message>
        <source>PROPOSER</source>
        <translation>VORSCHLAG VON</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>items: %1
</source>
        <translation>Elemente: %1
</translation>
    </message>
    <message>
        <source>usage: meshdesk show product|contract ID [--json]</source>
        <translation>Aufruf: meshdesk show product|contract ID [--json]</translation>
    </message>
    <message>
        <source>no %1 with id '%2'</source>
        <translation>kein(e) %1 mit der ID '%2'</translation>
    </message>
    <message>
        <source>%1 '%2': the stored source no longer parses</source>
        <translation>%1 '%2': die gespeicherte Quelle lässt sich nicht mehr lesen</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgang:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>
Object %1 (%2 fields)
</source>
        <translation>
Objekt %1 (%2 Felder)
</translation>
    </message>
    <message>
        <source>
Versions:
</source>
        <translation>
Versionen:
</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>usage: meshdesk search TEXT [--json]</source>
        <translation>Aufruf: meshdesk search TEXT [--json]</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>%1: a diff compares files holding one document each; this one has %2</source>
        <translation>%1: ein Diff vergleicht Dateien mit je einem Dokument; diese hat %2</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message>
        <source>BREAKING</source>
        <translation>INKOMPATIBEL</translation>
    </message>
    <message>
        <source>Non-breaking</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>usage: meshdesk diff OLD_FILE NEW_FILE [--json]</source>
        <translation>Aufruf: meshdesk diff ALTE_DATEI NEUE_DATEI [--json]</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4: %5 breaking, %6 non-breaking, %7 info
</source>
        <translation>%1 %2: %3 -&gt; %4: %5 inkompatibel, %6 kompatibel, %7 Info
</translation>
    </message>
    <message>
        <source>
Avro compatibility (Schema Registry terms): %1
</source>
        <translation>
Avro-Kompatibilität (Begriffe der Schema Registry): %1
</translation>
    </message>
    <message>
        <source>  not BACKWARD: %1
</source>
        <translation>  nicht BACKWARD: %1
</translation>
    </message>
    <message>
        <source>  not FORWARD: %1
</source>
        <translation>  nicht FORWARD: %1
</translation>
    </message>
    <message>
        <source>Change #%1 (%2): %3 %4, %5 -&gt; %6, proposed by %7 at %8
</source>
        <translation>Änderung #%1 (%2): %3 %4, %5 -&gt; %6, vorgeschlagen von %7 am %8
</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3
</source>
        <translation>Entschieden von %1 am %2: %3
</translation>
    </message>
    <message>
        <source>
Policies:
</source>
        <translation>
Richtlinien:
</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>
Downstream impact:
</source>
        <translation>
Nachgelagerte Auswirkung:
</translation>
    </message>
    <message>
        <source>  no product reads it
</source>
        <translation>  kein Produkt liest ihn
</translation>
    </message>
    <message>
        <source>  nothing breaking
</source>
        <translation>  nichts Inkompatibles
</translation>
    </message>
    <message>
        <source>usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]</source>
        <translation>Aufruf: meshdesk review show|approve|reject ÄNDERUNG --as BENUTZER [--comment TEXT]</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation>VERGEBEN VON</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>AM</translation>
    </message>
    <message>
        <source>usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role list</source>
        <translation>Aufruf: meshdesk role grant|revoke BENUTZER ROLLE --domain D --as ADMIN | meshdesk role list</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4
</source>
        <translation>%1: %2 %3 %4
</translation>
    </message>
    <message>
        <source>usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export --out DIR [--change ID | --from DATE --to DATE]</source>
        <translation>Aufruf: meshdesk audit verify | audit list [--from DATUM] [--to DATUM] | audit export --out ORDNER [--change ID | --from DATUM --to DATUM]</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>audit export needs --out DIR</source>
        <translation>audit export braucht --out ORDNER</translation>
    </message>
    <message>
        <source>wrote %1.md and %1.csv
</source>
        <translation>%1.md und %1.csv geschrieben
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>usage: meshdesk policy list | policy enable|disable ID --as ADMIN</source>
        <translation>Aufruf: meshdesk policy list | policy enable|disable ID --as ADMIN</translation>
    </message>
    <message>
        <source>policy %1 %2d
</source>
        <translation>Richtlinie %1: %2
</translation>
    </message>
    <message>
        <source>usage: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]</source>
        <translation>Aufruf: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: the mesh has a cycle: %1</source>
        <translation>Warnung: das Mesh hat einen Zyklus: %1</translation>
    </message>
    <message>
        <source>no product with id '%1'</source>
        <translation>kein Produkt mit der ID '%1'</translation>
    </message>
    <message>
        <source>%1: not a contract</source>
        <translation>%1: kein Vertrag</translation>
    </message>
    <message>
        <source>product '%1' has no output contract with a Kafka server for topic '%2'</source>
        <translation>Produkt '%1' hat keinen Ausgangsvertrag mit einem Kafka-Server für das Topic '%2'</translation>
    </message>
    <message>
        <source>the contract has no schema</source>
        <translation>der Vertrag hat kein Schema</translation>
    </message>
    <message>
        <source>no Kafka connection profile named '%1' (Governance &gt; Kafka connections)</source>
        <translation>kein Kafka-Verbindungsprofil namens „%1“ (Governance &gt; Kafka-Verbindungen)</translation>
    </message>
    <message>
        <source>profile '%1' needs a password: set MESHDESK_KAFKA_PASSWORD (the keychain did not answer: %2)</source>
        <translation>Profil „%1“ braucht ein Passwort: MESHDESK_KAFKA_PASSWORD setzen (der Schlüsselbund hat nicht geantwortet: %2)</translation>
    </message>
    <message>
        <source>usage: meshdesk sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--max N] [--timeout S] [--contract FILE | --product ID] [--format json|text|hex] [--json]</source>
        <translation>Aufruf: meshdesk sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--max N] [--timeout S] [--contract DATEI | --product ID] [--format json|text|hex] [--json]</translation>
    </message>
    <message>
        <source>--format avro needs --contract, --product or --registry</source>
        <translation>--format avro braucht --contract, --product oder --registry</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 partition(s); %3 violate the contract
</source>
        <translation>%1 Nachricht(en) aus %2 Partition(en); %3 verletzen den Vertrag
</translation>
    </message>
    <message numerus="yes">
        <source>demo broker stopped after %n event(s)
</source>
        <translation>
            <numerusform>Demo-Broker nach %n Ereignis beendet
</numerusform>
            <numerusform>Demo-Broker nach %n Ereignissen beendet
</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command '%1'; see meshdesk --help</source>
        <translation>unbekannter Befehl '%1'; siehe meshdesk --help</translation>
    </message>
    <message>
        <source>change #%1 %2 by %3 (signed act %4)
</source>
        <translation>Änderung #%1 %2 von %3 (signierte Handlung %4)
</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n signed act(s) verified</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %n signierte Handlung verifiziert</numerusform>
            <numerusform>Prüfprotokoll intakt: %n signierte Handlungen verifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) from before signing</source>
        <translation>
            <numerusform>, %n Zeile aus der Zeit vor dem Signieren</numerusform>
            <numerusform>, %n Zeilen aus der Zeit vor dem Signieren</numerusform>
        </translation>
    </message>
    <message>
        <source>; trust root %1</source>
        <translation>; Vertrauensbasis %1</translation>
    </message>
    <message>
        <source>audit log BROKEN at %1: %2
</source>
        <translation>Prüfprotokoll BESCHÄDIGT bei %1: %2
</translation>
    </message>
    <message>
        <source>Passphrase for %1's key: </source>
        <translation>Passphrase für den Schlüssel von %1: </translation>
    </message>
    <message>
        <source>New passphrase for %1's key: </source>
        <translation>Neue Passphrase für den Schlüssel von %1: </translation>
    </message>
    <message>
        <source>a passphrase needs at least 8 characters</source>
        <translation>eine Passphrase braucht mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen unterscheiden sich</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>ABLAGE</translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation> (Demo-Schlüssel)</translation>
    </message>
    <message>
        <source>usage: meshdesk identity import PRIVATE_KEY_FILE [--as NAME] [--storage keychain|file]</source>
        <translation>Aufruf: meshdesk identity import PRIVATE_SCHLÜSSELDATEI [--as NAME] [--storage keychain|file]</translation>
    </message>
    <message>
        <source>--storage is keychain or file, not '%1'</source>
        <translation>--storage ist keychain oder file, nicht '%1'</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no system keychain (%1): the key goes into a passphrase-protected file</source>
        <translation>kein Schlüsselbund des Systems (%1): der Schlüssel kommt in eine mit Passphrase geschützte Datei</translation>
    </message>
    <message>
        <source>no passphrase given (set MESHDESK_KEY_PASSPHRASE for scripts, or run in a terminal); nothing was created</source>
        <translation>keine Passphrase angegeben (für Skripte MESHDESK_KEY_PASSPHRASE setzen oder im Terminal ausführen); nichts angelegt</translation>
    </message>
    <message>
        <source>identity %1 created: %2 (%3)
share the public key with your catalog's admin: meshdesk identity export-public --as %1
</source>
        <translation>Identität %1 angelegt: %2 (%3)
geben Sie den öffentlichen Schlüssel dem Admin Ihres Katalogs: meshdesk identity export-public --as %1
</translation>
    </message>
    <message>
        <source>usage: meshdesk identity show|create|export-public|list|import [--as NAME]</source>
        <translation>Aufruf: meshdesk identity show|create|export-public|list|import [--as NAME]</translation>
    </message>
    <message>
        <source>not a member of this catalog (root %1)</source>
        <translation>kein Mitglied dieses Katalogs (Vertrauensbasis %1)</translation>
    </message>
    <message>
        <source>member of this catalog (root %1)</source>
        <translation>Mitglied dieses Katalogs (Vertrauensbasis %1)</translation>
    </message>
    <message>
        <source>%1
  fingerprint %2
  stored in %3%4
  %5
</source>
        <translation>%1
  Fingerabdruck %2
  abgelegt in %3%4
  %5
</translation>
    </message>
    <message>
        <source>ADMITTED BY</source>
        <translation>AUFGENOMMEN VON</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>usage: meshdesk member add NAME --key PUBLIC_KEY_FILE_OR_LINE --as ADMIN | member remove NAME --as ADMIN | member list</source>
        <translation>Aufruf: meshdesk member add NAME --key ÖFFENTLICHER_SCHLÜSSEL_DATEI_ODER_ZEILE --as ADMIN | member remove NAME --as ADMIN | member list</translation>
    </message>
    <message>
        <source>%1 %2
</source>
        <translation>%1 %2
</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>aufgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) submitted</source>
        <translation>
            <numerusform>%n Datei eingereicht</numerusform>
            <numerusform>%n Dateien eingereicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files signed and queued for the team log (applied when they come back from it; `team sync` publishes now)
</source>
        <translation>%1 Dateien signiert und für das Team-Log vorgemerkt (angewendet, sobald sie von dort zurückkommen; `team sync` veröffentlicht sofort)
</translation>
    </message>
    <message>
        <source>change #%1: the decision of %2</source>
        <translation>Änderung #%1: die Entscheidung von %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <source>policy %1 %2d</source>
        <translation>Richtlinie %1 %2d</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no Kafka bootstrap servers: --bootstrap HOSTS or --profile NAME</source>
        <translation>keine Kafka-Bootstrap-Server: --bootstrap HOSTS oder --profile NAME</translation>
    </message>
    <message>
        <source>set aside: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <source>offline: %1 (queued acts stay queued; the next sync publishes them)</source>
        <translation>offline: %1 (vorgemerkte Handlungen bleiben vorgemerkt; die nächste Synchronisierung veröffentlicht sie)</translation>
    </message>
    <message>
        <source>the team log refused it: %1</source>
        <translation>das Team-Log hat sie abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: queued (offline: %2); the next sync publishes it
</source>
        <translation>%1: vorgemerkt (offline: %2); die nächste Synchronisierung veröffentlicht es
</translation>
    </message>
    <message>
        <source>%1: applied from the team log (offset %2)
</source>
        <translation>%1: aus dem Team-Log angewendet (Offset %2)
</translation>
    </message>
    <message>
        <source>usage: meshdesk team create --bootstrap HOSTS --topic T [--profile P] | team join --bootstrap HOSTS --topic T --fingerprint SHA256:… --db NEW_FILE | team status [--json] | team sync [--follow] | team admit NAME</source>
        <translation>Aufruf: meshdesk team create --bootstrap HOSTS --topic T [--profile P] | team join --bootstrap HOSTS --topic T --fingerprint SHA256:… --db NEUE_DATEI | team status [--json] | team sync [--follow] | team admit NAME</translation>
    </message>
    <message>
        <source>team %1 needs --topic T</source>
        <translation>team %1 braucht --topic T</translation>
    </message>
    <message>
        <source>%1 is not bound to a team log (meshdesk team create | team join)</source>
        <translation>%1 ist an kein Team-Log gebunden (meshdesk team create | team join)</translation>
    </message>
    <message>
        <source>usage: meshdesk team admit NAME --as ADMIN</source>
        <translation>Aufruf: meshdesk team admit NAME --as ADMIN</translation>
    </message>
    <message>
        <source>%1 admitted with key %2</source>
        <translation>%1 mit Schlüssel %2 aufgenommen</translation>
    </message>
    <message>
        <source>no join request from '%1' (meshdesk team status lists them)</source>
        <translation>keine Beitrittsanfrage von '%1' (meshdesk team status listet sie)</translation>
    </message>
    <message>
        <source>synced: %1 applied, %2 set aside, %3 published; offset %4 of %5
</source>
        <translation>synchronisiert: %1 angewendet, %2 zurückgestellt, %3 veröffentlicht; Offset %4 von %5
</translation>
    </message>
    <message>
        <source>team log %1 on %2
</source>
        <translation>Team-Log %1 auf %2
</translation>
    </message>
    <message>
        <source>  connected; read up to offset %1 of %2
</source>
        <translation>  verbunden; gelesen bis Offset %1 von %2
</translation>
    </message>
    <message>
        <source>  offline (%1); read up to offset %2
</source>
        <translation>  offline (%1); gelesen bis Offset %2
</translation>
    </message>
    <message numerus="yes">
        <source>  %n act(s) queued here, not yet in the log
</source>
        <translation>
            <numerusform>  %n Handlung hier vorgemerkt, noch nicht im Log
</numerusform>
            <numerusform>  %n Handlungen hier vorgemerkt, noch nicht im Log
</numerusform>
        </translation>
    </message>
    <message>
        <source>  trust root %1
  catalog digest %2
</source>
        <translation>  Vertrauensanker %1
  Katalog-Prüfsumme %2
</translation>
    </message>
    <message>
        <source>members:
</source>
        <translation>Mitglieder:
</translation>
    </message>
    <message>
        <source>  (removed)</source>
        <translation>  (entfernt)</translation>
    </message>
    <message>
        <source>asking to join (meshdesk team admit NAME):
</source>
        <translation>bitten um Aufnahme (meshdesk team admit NAME):
</translation>
    </message>
    <message>
        <source>set aside (never applied):
</source>
        <translation>zurückgestellt (nie angewendet):
</translation>
    </message>
    <message>
        <source>  offset %1: %2
</source>
        <translation>  Offset %1: %2
</translation>
    </message>
    <message>
        <source>acting user: %1 (pass --as NAME)</source>
        <translation>handelnder Benutzer: %1 (mit --as NAME angeben)</translation>
    </message>
    <message>
        <source>not imported: the import stopped at a database error</source>
        <translation>nicht importiert: der Import hielt bei einem Datenbankfehler an</translation>
    </message>
    <message numerus="yes">
        <source>import stopped at this database error: %n file(s) not imported</source>
        <translation><numerusform>Import bei diesem Datenbankfehler angehalten: %n Datei nicht importiert</numerusform><numerusform>Import bei diesem Datenbankfehler angehalten: %n Dateien nicht importiert</numerusform></translation>
    </message>
    <message>
        <source>database file DAMAGED (SQLite's integrity check): %1
</source>
        <translation>Datenbankdatei BESCHÄDIGT (Integritätsprüfung von SQLite): %1
</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>meshdesk::governance</name>
    <message>
        <source>A breaking change needs a major version bump</source>
        <translation>Eine inkompatible Änderung braucht eine neue Hauptversion</translation>
    </message>
    <message>
        <source>Every data product has an owner</source>
        <translation>Jedes Datenprodukt hat einen Eigentümer</translation>
    </message>
    <message>
        <source>Every field has a description</source>
        <translation>Jedes Feld hat eine Beschreibung</translation>
    </message>
    <message>
        <source>Fields that look like personal data declare a classification or PII</source>
        <translation>Felder, die nach personenbezogenen Daten aussehen, sind klassifiziert oder als PII markiert</translation>
    </message>
    <message>
        <source>Every output port of a product has a contract</source>
        <translation>Jeder Ausgangsport eines Produkts hat einen Vertrag</translation>
    </message>
    <message>
        <source>Status follows the lifecycle proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</source>
        <translation>Der Status folgt dem Lebenszyklus proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</translation>
    </message>
</context>
<context>
    <name>meshdesk::kafka::SamplerWorker</name>
    <message>
        <source>the contract's Avro schema is not usable: %1</source>
        <translation>das Avro-Schema des Vertrags ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbinde mit %1</translation>
    </message>
    <message>
        <source>broker unreachable: %1 (retrying)</source>
        <translation>Broker nicht erreichbar: %1 (neuer Versuch folgt)</translation>
    </message>
    <message>
        <source>cannot sample: %1 (retrying)</source>
        <translation>Stichprobe nicht möglich: %1 (neuer Versuch folgt)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n Nachricht gelesen</numerusform>
            <numerusform>%n Nachrichten gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>broker unreachable: %1 (reconnecting)</source>
        <translation>Broker nicht erreichbar: %1 (verbinde erneut)</translation>
    </message>
</context>
</TS>