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
        <source>Sample: give up after S seconds (default 10).</source>
        <translation>Stichprobe: nach S Sekunden aufgeben (Standard 10).</translation>
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
        <source>team join: the trust root&apos;s key fingerprint to pin (compare it with the catalog&apos;s creator).</source>
        <translation>team join: der Fingerabdruck des Vertrauensankers, der festgehalten wird (mit dem Ersteller des Katalogs vergleichen).</translation>
    </message>
    <message>
        <source>team create: the team topic&apos;s message limit in bytes (its max.message.bytes; default 1048576).</source>
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
        <source>To search for text that begins with &apos;-&apos;, put -- before it: meshdesk search -- -orders</source>
        <translation>Um nach Text zu suchen, der mit &apos;-&apos; beginnt, -- davor setzen: meshdesk search -- -orders</translation>
    </message>
    <message>
        <source>See meshdesk --help.</source>
        <translation>Siehe meshdesk --help.</translation>
    </message>
    <message>
        <source>Lineage output: json, dot or svg; sample: json, avro, text or hex; infer: json or avro.</source>
        <translation>Lineage-Ausgabe: json, dot oder svg; sample: json, avro, text oder hex; infer: json oder avro.</translation>
    </message>
    <message>
        <source>Sample: the first N messages at most (default 1000).</source>
        <translation>Stichprobe: höchstens die ersten N Nachrichten (Standard 1000).</translation>
    </message>
    <message>
        <source>Sample: check messages against this contract file (infer: the writer&apos;s Avro schema, an .avsc).</source>
        <translation>Stichprobe: Nachrichten gegen diese Vertragsdatei prüfen (infer: das Avro-Schema des Schreibers, eine .avsc).</translation>
    </message>
    <message>
        <source>retire: retire although other products still read it, for this reason (recorded in the proposal).</source>
        <translation>retire: stilllegen, obwohl andere Produkte es noch lesen, aus diesem Grund (wird im Vorschlag festgehalten).</translation>
    </message>
    <message>
        <source>MeshDesk: data mesh catalog and governance console.

Commands (none: the GUI):
  import PATH...                          import files or folders
  list domains|products|contracts|changes
  show product|contract ID
  search [--] TEXT                        (-- before text that begins with &apos;-&apos;)
  diff OLD_FILE NEW_FILE                  semantic diff (exit 1: breaking)
  review show|approve|reject CHANGE_ID    [--comment TEXT]
  role grant|revoke USER ROLE --domain D | role list
  identity show|create|export-public|list|import   keys that sign your acts
  member list | member add NAME --key PUB | member remove NAME
  deprecate|retire PRODUCT_ID [--override REASON]   Remove from Mesh (proposals)
  edit contract|product ID --set NAME=VALUE... [--comment TEXT] [--dry-run]
                                          propose a curation edit (a new version)
  export contract|product ID [--version V] [--out FILE]   the standard document
  team create|join|status|sync|admit     one catalog for a team, over Kafka
  audit verify | audit list | audit export --out DIR [--change ID]
  policy list | policy enable|disable ID
  lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]
  sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--contract FILE | --product ID]
  infer --bootstrap HOSTS --topic T [--last N] [--format json|avro] [--registry URL]
                                          draft an ODCS contract from the topic&apos;s messages
  demo-broker [--seed]                    a Kafka-protocol broker on 127.0.0.1 until stopped

Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage, 3 database error, 4 output not written.</source>
        <translation>MeshDesk: Katalog- und Governance-Konsole für Data Mesh.

Befehle (keiner: die grafische Oberfläche):
  import PFAD...                          Dateien oder Ordner importieren
  list domains|products|contracts|changes
  show product|contract ID
  search [--] TEXT                        (-- vor Text, der mit &apos;-&apos; beginnt)
  diff ALTE_DATEI NEUE_DATEI              semantischer Vergleich (Exit 1: inkompatibel)
  review show|approve|reject ÄNDERUNG_ID  [--comment TEXT]
  role grant|revoke NUTZER ROLLE --domain D | role list
  identity show|create|export-public|list|import   Schlüssel, die Ihre Handlungen signieren
  member list | member add NAME --key PUB | member remove NAME
  deprecate|retire PRODUKT_ID [--override GRUND]   aus dem Mesh entfernen (Vorschläge)
  edit contract|product ID --set NAME=WERT... [--comment TEXT] [--dry-run]
                                          eine Kuratierungsänderung vorschlagen (eine neue Version)
  export contract|product ID [--version V] [--out DATEI]   das Standarddokument
  team create|join|status|sync|admit     ein Katalog für ein Team, über Kafka
  audit verify | audit list | audit export --out ORDNER [--change ID]
  policy list | policy enable|disable ID
  lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]
  sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--contract DATEI | --product ID]
  infer --bootstrap HOSTS --topic T [--last N] [--format json|avro] [--registry URL]
                                          einen ODCS-Vertrag aus den Nachrichten des Topics entwerfen
  demo-broker [--seed]                    ein Broker mit Kafka-Protokoll auf 127.0.0.1, bis er beendet wird

Exit-Codes: 0 in Ordnung, 1 Eingaben abgelehnt oder nicht gefunden, 2 Aufruf falsch, 3 Datenbankfehler, 4 Ausgabe nicht geschrieben.</translation>
    </message>
    <message>
        <source>export: the version to export (a version number, or #ID as show lists them; default: the current one).</source>
        <translation>export: die zu exportierende Version (eine Versionsnummer oder #ID, wie show sie auflistet; Standard: die aktuelle).</translation>
    </message>
    <message>
        <source>edit: NAME=VALUE to change (repeatable).</source>
        <translation>edit: zu änderndes NAME=WERT (wiederholbar).</translation>
    </message>
    <message>
        <source>edit: print the proposed document, store nothing.</source>
        <translation>edit: das vorgeschlagene Dokument ausgeben, nichts speichern.</translation>
    </message>
    <message>
        <source>--demo --db %1: that file already exists. The demo makes a new catalog; name a file that does not exist yet, or leave out --db for a temporary one.</source>
        <translation>--demo --db %1: Diese Datei gibt es schon. Die Demo legt einen neuen Katalog an; geben Sie eine Datei an, die es noch nicht gibt, oder lassen Sie --db weg, dann wird eine temporäre verwendet.</translation>
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
        <source>&lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt; via &lt;a href=&apos;contract:%3&apos;&gt;%3&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt; über &lt;a href=&apos;contract:%3&apos;&gt;%3&lt;/a&gt;</translation>
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
        <source>Published by &lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt;</source>
        <translation>Veröffentlicht von &lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt;</translation>
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
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AI context</source>
        <translation>KI-Kontext</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Must not:</source>
        <translation>Darf nicht:</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Auch bekannt als:</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Show lineage (%1)</source>
        <translation>Lineage zeigen (%1)</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Management ports</source>
        <translation>Management-Ports</translation>
    </message>
    <message>
        <source>Used by (downstream)</source>
        <translation>Verwendet von (nachgelagert)</translation>
    </message>
    <message>
        <source>No product in the catalog reads its outputs.</source>
        <translation>Kein Produkt im Katalog liest seine Ausgaben.</translation>
    </message>
    <message>
        <source>Authoritative definitions</source>
        <translation>Maßgebliche Definitionen</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Weitere Eigenschaften</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation>Gelesen von %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping</source>
        <translation>&apos;%1&apos; ist kein Mapping</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; ist keine Liste</translation>
    </message>
    <message>
        <source>no list where %1 should be</source>
        <translation>keine Liste, wo %1 stehen sollte</translation>
    </message>
    <message>
        <source>%1: no such list item</source>
        <translation>%1: kein solches Listenelement</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>an edit names no path</source>
        <translation>eine Bearbeitung nennt keinen Pfad</translation>
    </message>
    <message>
        <source>cannot create a YAML parser</source>
        <translation>ein YAML-Parser kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the document is not valid YAML</source>
        <translation>das Dokument ist kein gültiges YAML</translation>
    </message>
    <message>
        <source>a mapping key is itself a mapping or list</source>
        <translation>ein Schlüssel eines Mappings ist selbst ein Mapping oder eine Liste</translation>
    </message>
    <message>
        <source>expected one document, found %1</source>
        <translation>ein Dokument erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the stored document does not parse: %1</source>
        <translation>das gespeicherte Dokument lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>the edited document would not parse (%1); nothing was changed</source>
        <translation>das bearbeitete Dokument ließe sich nicht mehr lesen (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>the edit would change more than asked (a value shared through a YAML anchor?); nothing was changed</source>
        <translation>die Bearbeitung würde mehr als verlangt ändern (ein über einen YAML-Anker geteilter Wert?); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: expected one document</source>
        <translation>%1: ein Dokument erwartet</translation>
    </message>
    <message>
        <source>%1: only contracts have fields</source>
        <translation>%1: nur Verträge haben Felder</translation>
    </message>
    <message>
        <source>%1: the document does not parse</source>
        <translation>%1: das Dokument lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the edited document is no longer valid: %1</source>
        <translation>das bearbeitete Dokument ist nicht mehr gültig: %1</translation>
    </message>
    <message>
        <source>the edit would change what the document is (%1 %2)</source>
        <translation>die Bearbeitung würde ändern, was das Dokument ist (%1 %2)</translation>
    </message>
    <message>
        <source>%1: written, but the %2 reader reads &apos;%3&apos; back</source>
        <translation>%1: geschrieben, aber der Leser für %2 liest &apos;%3&apos; zurück</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected NAME=VALUE</source>
        <translation>&apos;%1&apos;: NAME=WERT erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited; edit description, usage, limitations, tags, owner, status, version or schema.OBJECT.FIELD.description|classification|pii</source>
        <translation>&apos;%1&apos; ist nicht bearbeitbar; bearbeitbar sind description, usage, limitations, tags, owner, status, version oder schema.OBJEKT.FELD.description|classification|pii</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a field&apos;s description, classification or pii can be edited</source>
        <translation>&apos;%1&apos;: bei einem Feld sind description, classification oder pii bearbeitbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no field %2 in the contract</source>
        <translation>&apos;%1&apos;: kein Feld %2 im Vertrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: pii is true or false, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: pii ist true oder false, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>meshdesk::AddToMeshDialog</name>
    <message>
        <source>Add to Mesh: %1</source>
        <translation>Zum Mesh hinzufügen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Avro with its schema file (.avsc)</source>
        <translation>Avro mit seiner Schemadatei (.avsc)</translation>
    </message>
    <message>
        <source>Avro, Confluent wire format (Schema Registry)</source>
        <translation>Avro im Confluent-Wire-Format (Schema Registry)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> per partition</source>
        <translation> je Partition</translation>
    </message>
    <message>
        <source>How many of the newest messages of each partition are sampled.</source>
        <translation>Wie viele der neuesten Nachrichten jeder Partition gelesen werden.</translation>
    </message>
    <message>
        <source>Sample &amp;&amp; &amp;infer</source>
        <translation>Stichprobe &amp;&amp; &amp;ableiten</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <source>the writer&apos;s schema, an .avsc file</source>
        <translation>das Schema des Schreibers, eine .avsc-Datei</translation>
    </message>
    <message>
        <source>Schema Registry URL, e.g. http://localhost:8081</source>
        <translation>URL der Schema Registry, z. B. http://localhost:8081</translation>
    </message>
    <message>
        <source>The writer&apos;s Avro schema</source>
        <translation>Das Avro-Schema des Schreibers</translation>
    </message>
    <message>
        <source>Avro schema (*.avsc *.json)</source>
        <translation>Avro-Schema (*.avsc *.json)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Format, enum, notes</source>
        <translation>Format, Werteliste, Hinweise</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Re&amp;quired (present and not null)</source>
        <translation>Pflichtfeld (vorhanden, nicht n&amp;ull)</translation>
    </message>
    <message>
        <source>allowed values, comma-separated</source>
        <translation>erlaubte Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Person&amp;al data (PII)</source>
        <translation>Personen&amp;bezogene Daten (PII)</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Enum:</source>
        <translation>&amp;Werteliste:</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>&amp;Klassifizierung:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Beschreibun&amp;g:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>the owning team, e.g. Checkout Team</source>
        <translation>das verantwortliche Team, z. B. Checkout Team</translation>
    </message>
    <message>
        <source>The user who owns the product (a team member with the role owner).</source>
        <translation>Wer das Produkt verantwortet (ein Teammitglied mit der Rolle owner).</translation>
    </message>
    <message>
        <source>What the data is and what it is for</source>
        <translation>Was die Daten sind und wofür sie da sind</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>raw: as the source emits it</source>
        <translation>raw: wie die Quelle sie liefert</translation>
    </message>
    <message>
        <source>curated: cleaned, checked, documented</source>
        <translation>curated: bereinigt, geprüft, dokumentiert</translation>
    </message>
    <message>
        <source>authoritative: the reference for its domain</source>
        <translation>authoritative: die Referenz ihrer Domäne</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>Product id:</source>
        <translation>Produkt-ID:</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;mäne:</translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation>Verantwortliches &amp;Team:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>&amp;Quality tier:</source>
        <translation>&amp;Qualitätsstufe:</translation>
    </message>
    <message>
        <source>A&amp;vailability:</source>
        <translation>Verfügbar&amp;keit:</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>Aufbe&amp;wahrung:</translation>
    </message>
    <message>
        <source>Status, version:</source>
        <translation>Status, Version:</translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Governance says</source>
        <translation>Governance sagt</translation>
    </message>
    <message>
        <source>a folder for the documents, e.g. a Git checkout</source>
        <translation>ein Ordner für die Dokumente, z. B. ein Git-Checkout</translation>
    </message>
    <message>
        <source>Where the documents go</source>
        <translation>Wohin die Dokumente kommen</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Write the product (ODPS) and its contract (ODCS) into the folder and import them: governance sees them like any import.</source>
        <translation>Das Produkt (ODPS) und seinen Vertrag (ODCS) in den Ordner schreiben und importieren: die Governance sieht sie wie jeden Import.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Before it is published:</source>
        <translation>Bevor es veröffentlicht wird:</translation>
    </message>
    <message>
        <source>Sample the topic to draft its contract.</source>
        <translation>Eine Stichprobe des Topics lesen, um seinen Vertrag zu entwerfen.</translation>
    </message>
    <message>
        <source>Cannot read the Avro schema %1: %2</source>
        <translation>Das Avro-Schema %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Stichprobe von %1…</translation>
    </message>
    <message numerus="yes">
        <source>Drafted from %n message(s).</source>
        <translation>
            <numerusform>Aus %n Nachricht entworfen.</numerusform>
            <numerusform>Aus %n Nachrichten entworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not usable.</source>
        <translation>
            <numerusform>%n Nachricht war nicht verwendbar.</numerusform>
            <numerusform>%n Nachrichten waren nicht verwendbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>primary key (the message key)</source>
        <translation>Primärschlüssel (der Nachrichtenschlüssel)</translation>
    </message>
    <message>
        <source>may be null</source>
        <translation>darf null sein</translation>
    </message>
    <message>
        <source>[elements]</source>
        <translation>[Elemente]</translation>
    </message>
    <message>
        <source>(none kept)</source>
        <translation>(keine behalten)</translation>
    </message>
    <message>
        <source>Kafka topic %1</source>
        <translation>Kafka-Topic %1</translation>
    </message>
    <message>
        <source>no contract drafted yet: sample the topic</source>
        <translation>noch kein Vertrag entworfen: Stichprobe des Topics lesen</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>meets the minimum to publish</source>
        <translation>erfüllt das Minimum für die Veröffentlichung</translation>
    </message>
    <message>
        <source>meets the minimum to publish (with warnings)</source>
        <translation>erfüllt das Minimum für die Veröffentlichung (mit Warnungen)</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Publishing is a proposal signed by the acting identity.</source>
        <translation>Veröffentlichen ist ein Vorschlag, signiert von der handelnden Identität.</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>product %1 exists: publishing proposes a new version for review</source>
        <translation>Produkt %1 gibt es schon: Veröffentlichen schlägt eine neue Version zur Prüfung vor</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>%1 of %2 sampled messages do not conform to this draft</source>
        <translation>%1 von %2 gelesenen Nachrichten entsprechen diesem Entwurf nicht</translation>
    </message>
    <message>
        <source>The draft as edited, checked against the sampled messages.</source>
        <translation>Der bearbeitete Entwurf, geprüft an den gelesenen Nachrichten.</translation>
    </message>
    <message>
        <source>Governance does not let this be published yet: see what is missing below.</source>
        <translation>Die Governance lässt das noch nicht veröffentlichen: was fehlt, steht unten.</translation>
    </message>
    <message>
        <source>Choose a folder the documents can be written to.</source>
        <translation>Einen Ordner wählen, in den die Dokumente geschrieben werden können.</translation>
    </message>
    <message>
        <source>Add to Mesh</source>
        <translation>Zum Mesh hinzufügen</translation>
    </message>
    <message>
        <source>These files exist and would be replaced:
%1</source>
        <translation>Diese Dateien gibt es schon, sie würden ersetzt:
%1</translation>
    </message>
    <message>
        <source>Published with MeshDesk (Add to Mesh) from topic %1 by %2 at %3.</source>
        <translation>Veröffentlicht mit MeshDesk (Zum Mesh hinzufügen) aus Topic %1 von %2 am %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshdesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Verifying the signatures and the log…</source>
        <translation>Die Signaturen und das Protokoll werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n signed act(s) verified.</source>
        <translation>
            <numerusform>Das Protokoll ist intakt: %n signierte Handlung geprüft.</numerusform>
            <numerusform>Das Protokoll ist intakt: %n signierte Handlungen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log fails at %1: %2</source>
        <translation>Das Protokoll ist fehlerhaft bei %1: %2</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>meshdesk::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
    <name>meshdesk::CreateProductWizard</name>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a data product</source>
        <translation>Ein Datenprodukt anlegen</translation>
    </message>
    <message>
        <source>Create and &amp;propose</source>
        <translation>Anlegen und &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Which products&apos; output ports does the new product read?</source>
        <translation>Welche Ausgangsports welcher Produkte liest das neue Produkt?</translation>
    </message>
    <message>
        <source>Filter products, ports, domains…</source>
        <translation>Produkte, Ports, Domänen filtern…</translation>
    </message>
    <message>
        <source>Product / output port</source>
        <translation>Produkt / Ausgangsport</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Which fields does the new product expose? Each keeps its lineage to the field it comes from. Double-click “Exposed as” to rename one.</source>
        <translation>Welche Felder stellt das neue Produkt bereit? Jedes behält seine Lineage zu dem Feld, aus dem es stammt. Doppelklick auf „Bereitgestellt als“ benennt eines um.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Exposed as</source>
        <translation>Bereitgestellt als</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1: the contract %2 is not in the catalog</source>
        <translation>%1: der Vertrag %2 ist nicht im Katalog</translation>
    </message>
    <message>
        <source>classification: %1%2</source>
        <translation>Klassifizierung: %1%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation>, personenbezogene Daten</translation>
    </message>
    <message>
        <source>The data product</source>
        <translation>Das Datenprodukt</translation>
    </message>
    <message>
        <source>Its name, owner, output port and topic, and the service level its topic is made for.</source>
        <translation>Sein Name, Eigentümer, Ausgangsport und Topic sowie das Service-Level, für das sein Topic ausgelegt ist.</translation>
    </message>
    <message>
        <source>the owning team</source>
        <translation>das verantwortliche Team</translation>
    </message>
    <message>
        <source>Bootstrap servers below, no security</source>
        <translation>Bootstrap-Server von unten, ohne Absicherung</translation>
    </message>
    <message>
        <source>Create the topic on the cluster (Kafka Admin API)</source>
        <translation>Das Topic auf dem Cluster anlegen (Kafka Admin API)</translation>
    </message>
    <message>
        <source>optional: where to write the two documents (a Git checkout)</source>
        <translation>optional: wohin die beiden Dokumente geschrieben werden (ein Git-Checkout)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Write the documents to</source>
        <translation>Die Dokumente schreiben nach</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Output &amp;port:</source>
        <translation>Ausgangs&amp;port:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation>&amp;Service-Level:</translation>
    </message>
    <message>
        <source>&amp;Kafka connection:</source>
        <translation>&amp;Kafka-Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>%1 Topic: %2 partition(s), replication %3, retention %4, cleanup policy %5; availability %6 %.</source>
        <translation>%1 Topic: %2 Partition(en), Replikation %3, Aufbewahrung %4, Bereinigungsrichtlinie %5; Verfügbarkeit %6 %.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Where the new product sits in the mesh, and the documents that will be proposed (status &apos;proposed&apos;).</source>
        <translation>Wo das neue Produkt im Mesh steht, und die Dokumente, die vorgeschlagen werden (Status &apos;proposed&apos;).</translation>
    </message>
    <message>
        <source>Product (ODPS)</source>
        <translation>Produkt (ODPS)</translation>
    </message>
    <message>
        <source>Contract (ODCS)</source>
        <translation>Vertrag (ODCS)</translation>
    </message>
    <message>
        <source>Finishing creates topic %1 on %2, then proposes the product and its contract.</source>
        <translation>Zum Abschluss wird das Topic %1 auf %2 angelegt, dann werden das Produkt und sein Vertrag vorgeschlagen.</translation>
    </message>
    <message>
        <source>Finishing proposes the product and its contract; the topic is not created.</source>
        <translation>Zum Abschluss werden das Produkt und sein Vertrag vorgeschlagen; das Topic wird nicht angelegt.</translation>
    </message>
    <message>
        <source>Creating topic %1 on %2…</source>
        <translation>Topic %1 wird auf %2 angelegt…</translation>
    </message>
    <message>
        <source>Go back and clear “Create the topic” to use it as it is.</source>
        <translation>Gehen Sie zurück und deaktivieren Sie „Das Topic auf dem Cluster anlegen“, um es so zu verwenden, wie es ist.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Bootstrap ser&amp;vers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Topic %1 created on %2.</source>
        <translation>Topic %1 auf %2 angelegt.</translation>
    </message>
</context>
<context>
    <name>meshdesk::CurateDialog</name>
    <message>
        <source>There is no %1 &apos;%2&apos; in this catalog.</source>
        <translation>In diesem Katalog gibt es kein(e) %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no field %1 in %2.</source>
        <translation>In %2 gibt es kein Feld %1.</translation>
    </message>
    <message>
        <source>Propose an edit of a field</source>
        <translation>Änderung an einem Feld vorschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field %1&lt;/b&gt; of %2 &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;Feld %1&lt;/b&gt; von %2 &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Klassifizierung:</translation>
    </message>
    <message>
        <source>Personal data (&amp;PII)</source>
        <translation>Personenbezogene Daten (&amp;PII)</translation>
    </message>
    <message>
        <source>Propose an edit</source>
        <translation>Änderung vorschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;%2&lt;/i&gt; (%3, version %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;%2&lt;/i&gt; (%3, Version %4)</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>Verwend&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation>&amp;Einschränkungen:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Eigen&amp;tümer:</translation>
    </message>
    <message>
        <source>New &amp;version:</source>
        <translation>&amp;Neue Version:</translation>
    </message>
    <message>
        <source>why (kept with the proposal for the reviewer)</source>
        <translation>warum (wird mit dem Vorschlag für die Prüfung festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Your edit becomes a new version that a governance owner of &apos;%1&apos; reviews (four-eyes). Nothing changes until it is approved.</source>
        <translation>Ihre Änderung wird zu einer neuen Version, die ein Governance-Verantwortlicher von &apos;%1&apos; prüft (Vier-Augen-Prinzip). Bis zur Freigabe ändert sich nichts.</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) for it are pending already; this one is based on the approved version.</source>
        <translation>
            <numerusform>%n Vorschlag dafür ist bereits offen; dieser hier baut auf der freigegebenen Version auf.</numerusform>
            <numerusform>%n Vorschläge dafür sind bereits offen; dieser hier baut auf der freigegebenen Version auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>What the reviewer will see:</source>
        <translation>Was die prüfende Person sehen wird:</translation>
    </message>
    <message>
        <source>Change something to propose it.</source>
        <translation>Ändern Sie etwas, um es vorzuschlagen.</translation>
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
    <name>meshdesk::DocPath</name>
    <message>
        <source>path &apos;%1&apos;, at character %2: %3</source>
        <translation>Pfad &apos;%1&apos;, bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>expected [number] or [key=value]</source>
        <translation>[Zahl] oder [Schlüssel=Wert] erwartet</translation>
    </message>
    <message>
        <source>&apos;]&apos; expected</source>
        <translation>&apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation>ein Schlüssel ist leer</translation>
    </message>
    <message>
        <source>&apos;.&apos; or &apos;[&apos; expected</source>
        <translation>&apos;.&apos; oder &apos;[&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a key; put the key in quotes</source>
        <translation>&apos;%1&apos; ist in einem Schlüssel nicht erlaubt; setzen Sie den Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>the path is empty or ends with &apos;.&apos;</source>
        <translation>der Pfad ist leer oder endet mit &apos;.&apos;</translation>
    </message>
</context>
<context>
    <name>meshdesk::DocumentationDialog</name>
    <message>
        <source>MeshDesk documentation</source>
        <translation>MeshDesk-Dokumentation</translation>
    </message>
    <message>
        <source>The documentation is not part of this build (%1).</source>
        <translation>Die Dokumentation ist nicht Teil dieses Builds (%1).</translation>
    </message>
</context>
<context>
    <name>meshdesk::Editor</name>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1: no such list item</source>
        <translation>%1: kein solches Listenelement</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mapping</source>
        <translation>%1: &apos;%2&apos; ist kein Mapping</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>the whole document cannot be replaced</source>
        <translation>das ganze Dokument kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot find the &apos;:&apos; after &apos;%1&apos;</source>
        <translation>kein &apos;:&apos; nach &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>this list item cannot be replaced in place</source>
        <translation>dieses Listenelement kann nicht an Ort und Stelle ersetzt werden</translation>
    </message>
    <message>
        <source>cannot add to an empty block mapping</source>
        <translation>zu einem leeren Block-Mapping kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation>das ganze Dokument kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>an empty list item cannot be removed in place</source>
        <translation>ein leeres Listenelement kann nicht an Ort und Stelle entfernt werden</translation>
    </message>
    <message>
        <source>this list item cannot be removed in place</source>
        <translation>dieses Listenelement kann nicht an Ort und Stelle entfernt werden</translation>
    </message>
    <message>
        <source>this key cannot be removed in place</source>
        <translation>dieser Schlüssel kann nicht an Ort und Stelle entfernt werden</translation>
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
    <name>meshdesk::HelpDialogs</name>
    <message>
        <source>&lt;h2&gt;MeshDesk %1&lt;/h2&gt;&lt;p&gt;A desktop data catalog and governance console for data mesh: domains, data products, contracts and their schemas, reviews, lineage and live Kafka data.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Running on:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MeshDesk %1&lt;/h2&gt;&lt;p&gt;Ein Datenkatalog und eine Governance-Konsole für Data Mesh auf dem Desktop: Domänen, Datenprodukte, Verträge und ihre Schemas, Reviews, Lineage und Live-Daten aus Kafka.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2. Läuft auf:&lt;/p&gt;</translation>
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
        <source>The key file&apos;s passphrase:</source>
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
        <source>Compare the key&apos;s fingerprint with its owner (by phone or chat) before you admit it.</source>
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
        <source>Catalog trust root: %1 (the key of %2, who created it). Compare it with the creator&apos;s by phone or chat, as you would an SSH host key.%3</source>
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
        <translation>
            <numerusform>Bei einem Datenbankfehler angehalten; %n Datei nicht importiert:</numerusform>
            <numerusform>Bei einem Datenbankfehler angehalten; %n Dateien nicht importiert:</numerusform>
        </translation>
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
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Topics</translation>
    </message>
    <message>
        <source>&amp;Data mesh</source>
        <translation>&amp;Data Mesh</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>neues Profil</translation>
    </message>
    <message>
        <source>Fill in the profile, then save it.</source>
        <translation>Profil ausfüllen, dann speichern.</translation>
    </message>
    <message>
        <source>Select a profile to delete.</source>
        <translation>Wählen Sie das zu löschende Profil.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile %1 and its saved password?</source>
        <translation>Das Verbindungsprofil %1 und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>Profile %1 deleted.</source>
        <translation>Profil %1 gelöscht.</translation>
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
        <source>&lt;h3&gt;Live data&lt;/h3&gt;Sampling the catalog&apos;s Kafka topics on %1…</source>
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
        <source>No product &apos;%1&apos; in the lineage graph.</source>
        <translation>Kein Produkt &apos;%1&apos; im Lineage-Graphen.</translation>
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
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>Kein Produkt passt zu &apos;%1&apos;.</translation>
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
    <message>
        <source>The shortest path between the focus and a product (name or id; P on the graph)</source>
        <translation>Der kürzeste Pfad zwischen dem Fokus und einem Produkt (Name oder ID; P im Graphen)</translation>
    </message>
    <message>
        <source>Find a product by name or id (F on the graph)</source>
        <translation>Ein Produkt nach Name oder ID finden (F im Graphen)</translation>
    </message>
    <message>
        <source>Every product of the catalog (W on the graph)</source>
        <translation>Alle Produkte des Katalogs (W im Graphen)</translation>
    </message>
    <message>
        <source>Show everything (0 on the graph)</source>
        <translation>Alles zeigen (0 im Graphen)</translation>
    </message>
    <message>
        <source>Type a product&apos;s name or id.</source>
        <translation>Namen oder ID eines Produkts eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; matches %n products: %2</source>
        <translation>
            <numerusform>&apos;%1&apos; passt zu %n Produkt: %2</numerusform>
            <numerusform>&apos;%1&apos; passt zu %n Produkten: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) downstream of %1.</source>
        <translation>
            <numerusform>%n Produkt nachgelagert zu %1.</numerusform>
            <numerusform>%n Produkte nachgelagert zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>Kein Pfad zwischen %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s): %1</source>
        <translation>
            <numerusform>Pfad mit %n Schritt: %1</numerusform>
            <numerusform>Pfad mit %n Schritten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus a product first: the path runs from it.</source>
        <translation>Zuerst ein Produkt fokussieren: Der Pfad beginnt dort.</translation>
    </message>
</context>
<context>
    <name>meshdesk::MainWindow</name>
    <message>
        <source>MeshDesk</source>
        <translation>MeshDesk</translation>
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
        <source>There is no %1 &apos;%2&apos; in this catalog.</source>
        <translation>In diesem Katalog gibt es kein(e) %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The stored source of %1 &apos;%2&apos; no longer parses.</source>
        <translation>Die gespeicherte Quelle von %1 &apos;%2&apos; lässt sich nicht mehr lesen.</translation>
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
        <source>the contracts&apos; servers</source>
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
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
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
        <source>Unlock %1&apos;s key</source>
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
        <source>Ask the catalog&apos;s creator for the trust root fingerprint and compare it by phone or chat. The team&apos;s catalog is read into a new file; an admin then admits your key.</source>
        <translation>Fragen Sie den Ersteller des Katalogs nach dem Fingerabdruck des Vertrauensankers und vergleichen Sie ihn per Telefon oder Chat. Der Katalog des Teams wird in eine neue Datei gelesen; danach nimmt ein Admin Ihren Schlüssel auf.</translation>
    </message>
    <message>
        <source>This catalog&apos;s history is published to the topic (created with one partition and infinite retention if it does not exist; it must be empty). Give joiners the trust root fingerprint.</source>
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
        <source>%1 exists already: joining reads the team&apos;s catalog into a new file.</source>
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
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>&amp;View source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Live &amp;messages</source>
        <translation>Live-&amp;Nachrichten</translation>
    </message>
    <message>
        <source>G&amp;overnance</source>
        <translation>G&amp;overnance</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Prüfprotokoll &amp;ansehen…</translation>
    </message>
    <message>
        <source>&amp;Remove from Mesh…</source>
        <translation>Aus dem Mesh &amp;entfernen…</translation>
    </message>
    <message>
        <source>Open the data product to remove from the mesh first.</source>
        <translation>Öffnen Sie zuerst das Datenprodukt, das aus dem Mesh entfernt werden soll.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About MeshDesk</source>
        <translation>Über &amp;MeshDesk</translation>
    </message>
    <message>
        <source>About MeshDesk</source>
        <translation>Über MeshDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Search products, contracts, fields (%1)</source>
        <translation>Produkte, Verträge, Felder suchen (%1)</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>The first %1 hits. &lt;a href=&apos;all&apos;&gt;Show all&lt;/a&gt;</source>
        <translation>Die ersten %1 Treffer. &lt;a href=&apos;all&apos;&gt;Alle zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The first %1 hits; refine the search to see others.</source>
        <translation>Die ersten %1 Treffer; verfeinern Sie die Suche, um weitere zu sehen.</translation>
    </message>
    <message>
        <source>No results for “%1”. Did you mean %2?</source>
        <translation>Keine Treffer für „%1“. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 is not a member of this catalog: an admin admits their key first</source>
        <translation>%1 ist kein Mitglied dieses Katalogs: zuerst nimmt ein Admin den Schlüssel auf</translation>
    </message>
    <message>
        <source>Proposing is an act signed by the acting identity: %1</source>
        <translation>Vorschlagen ist eine Handlung, die die handelnde Identität signiert: %1</translation>
    </message>
    <message>
        <source>%1 → %2: proposed; it reaches the review once the team log has it</source>
        <translation>%1 → %2: vorgeschlagen; es kommt zur Prüfung, sobald das Team-Log es hat</translation>
    </message>
    <message>
        <source>%1 → %2: proposed as change #%3 for review</source>
        <translation>%1 → %2: als Änderung #%3 zur Prüfung vorgeschlagen</translation>
    </message>
    <message>
        <source>A change to this %1 is waiting for review: change #%2 (%3 → %4), proposed by %5 on %6. &lt;a href=&apos;review:%2&apos;&gt;Review it&lt;/a&gt;</source>
        <translation>Eine Änderung an diesem %1 wartet auf ihr Review: Änderung #%2 (%3 → %4), vorgeschlagen von %5 am %6. &lt;a href=&apos;review:%2&apos;&gt;Zum Review&lt;/a&gt;</translation>
    </message>
    <message>
        <source>A change to its contract %1 is waiting for review: change #%2 (%3 → %4), proposed by %5 on %6. &lt;a href=&apos;review:%2&apos;&gt;Review it&lt;/a&gt;</source>
        <translation>Eine Änderung an seinem Vertrag %1 wartet auf ihr Review: Änderung #%2 (%3 → %4), vorgeschlagen von %5 am %6. &lt;a href=&apos;review:%2&apos;&gt;Zum Review&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Mesh</source>
        <translation>&amp;Mesh</translation>
    </message>
</context>
<context>
    <name>meshdesk::Mapper</name>
    <message>
        <source>%1 has no place for %2</source>
        <translation>%1 hat keinen Platz für %2</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>eine Beschreibung</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>die Verwendung</translation>
    </message>
    <message>
        <source>limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>the owner cannot be empty</source>
        <translation>der Eigentümer darf nicht leer sein</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>einen Eigentümer</translation>
    </message>
    <message>
        <source>a status</source>
        <translation>einen Status</translation>
    </message>
    <message>
        <source>a version</source>
        <translation>eine Version</translation>
    </message>
    <message>
        <source>there is no field %1 in the document</source>
        <translation>im Dokument gibt es kein Feld %1</translation>
    </message>
    <message>
        <source>a field edit names the schema object and the field</source>
        <translation>eine Feldänderung nennt das Schemaobjekt und das Feld</translation>
    </message>
    <message>
        <source>a PII flag</source>
        <translation>ein PII-Kennzeichen</translation>
    </message>
    <message>
        <source>a classification</source>
        <translation>eine Klassifizierung</translation>
    </message>
    <message>
        <source>only contracts have fields</source>
        <translation>nur Verträge haben Felder</translation>
    </message>
    <message>
        <source>the classification &apos;pii&apos; marks %1 as personal data: change the classification as well</source>
        <translation>die Klassifizierung &apos;pii&apos; kennzeichnet %1 als personenbezogene Daten: ändern Sie auch die Klassifizierung</translation>
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
    <name>meshdesk::RemoveFromMeshDialog</name>
    <message>
        <source>Remove from Mesh</source>
        <translation>Aus dem Mesh entfernen</translation>
    </message>
    <message>
        <source>&amp;Deprecate: its readers are told; it stays readable</source>
        <translation>Ab&amp;kündigen: seine Leser erfahren es; es bleibt lesbar</translation>
    </message>
    <message>
        <source>&amp;Retire: it leaves the mesh (only once deprecated)</source>
        <translation>&amp;Stilllegen: es verlässt das Mesh (erst nach der Abkündigung)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Liest</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Why it goes although they read it (recorded in the proposal)</source>
        <translation>Warum es geht, obwohl sie es lesen (wird im Vorschlag festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>A new version of the product with this status, signed by you and reviewed by a governance owner (four-eyes)</source>
        <translation>Eine neue Version des Produkts mit diesem Status, von Ihnen signiert und von einem Governance-Verantwortlichen geprüft (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), now &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), jetzt &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>without status</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <source>No product reads it.</source>
        <translation>Kein Produkt liest es.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) still read it (transitively):</source>
        <translation>
            <numerusform>%n Produkt liest es noch (auch mittelbar):</numerusform>
            <numerusform>%n Produkte lesen es noch (auch mittelbar):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire it &amp;although %n product(s) still read it</source>
        <translation>
            <numerusform>&amp;Trotzdem stilllegen, obwohl %n Produkt es noch liest</numerusform>
            <numerusform>&amp;Trotzdem stilllegen, obwohl %n Produkte es noch lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposes the product with status retired; it leaves the mesh when a governance owner approves.</source>
        <translation>Schlägt das Produkt mit dem Status „retired“ vor; es verlässt das Mesh, wenn ein Governance-Verantwortlicher zustimmt.</translation>
    </message>
    <message>
        <source>Proposes the product with status deprecated; the review shows its readers to the governance owner.</source>
        <translation>Schlägt das Produkt mit dem Status „deprecated“ vor; die Prüfung zeigt dem Governance-Verantwortlichen seine Leser.</translation>
    </message>
    <message>
        <source>Give the reason it is retired although others read it.</source>
        <translation>Geben Sie den Grund an, warum es stillgelegt wird, obwohl andere es lesen.</translation>
    </message>
    <message>
        <source>Others still read it: tick the override and give a reason, or wait until they have moved.</source>
        <translation>Andere lesen es noch: kreuzen Sie „Trotzdem stilllegen“ an und nennen Sie einen Grund, oder warten Sie, bis sie umgezogen sind.</translation>
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
    <message>
        <source>&lt;b&gt;Old&lt;/b&gt; (removed in red)</source>
        <translation>&lt;b&gt;Alt&lt;/b&gt; (Entferntes rot)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New&lt;/b&gt; (added in green)</source>
        <translation>&lt;b&gt;Neu&lt;/b&gt; (Hinzugefügtes grün)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Select a change to see it whole.</source>
        <translation>Wählen Sie eine Änderung, um sie ganz zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source> by &lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation> von &lt;b&gt;%1&lt;/b&gt; am %2</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Retires the product: it leaves the mesh. %n product(s) still read it.</source>
        <translation>
            <numerusform>Legt das Produkt still: es verlässt das Mesh. %n Produkt liest es noch.</numerusform>
            <numerusform>Legt das Produkt still: es verlässt das Mesh. %n Produkte lesen es noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deprecates the product: its readers are told. %n product(s) still read it.</source>
        <translation>
            <numerusform>Kündigt das Produkt ab: seine Leser erfahren es. %n Produkt liest es noch.</numerusform>
            <numerusform>Kündigt das Produkt ab: seine Leser erfahren es. %n Produkte lesen es noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt;: %2</source>
        <translation>&lt;code&gt;%1&lt;/code&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (no owner named)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (kein Eigentümer angegeben)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, owner %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Eigentümer %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n breaking change(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n nicht abwärtskompatible Änderung:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n nicht abwärtskompatible Änderungen:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No product in the catalog reads it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Produkt im Katalog liest ihn.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n downstream product(s) are affected:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n nachgelagertes Produkt ist betroffen:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n nachgelagerte Produkte sind betroffen:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve a breaking change?</source>
        <translation>Eine nicht abwärtskompatible Änderung freigeben?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approve change #%1 to %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Änderung #%1 an %2 freigeben?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Write it in the comment box.</source>
        <translation>Schreiben Sie ihn in das Kommentarfeld.</translation>
    </message>
    <message>
        <source>This change cannot be reviewed: %1</source>
        <translation>Diese Änderung kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Change #%1 is already decided; a decided change cannot be decided again.</source>
        <translation>Über Änderung #%1 ist bereits entschieden; über eine entschiedene Änderung wird nicht erneut entschieden.</translation>
    </message>
    <message>
        <source>A curation edit of %1.</source>
        <translation>Eine Kuratierungsänderung an %1.</translation>
    </message>
    <message>
        <source>A new data product made with the Create wizard: it reads %1; topic %2, service level %3.</source>
        <translation>Ein neues Datenprodukt, angelegt mit dem Assistenten „Datenprodukt anlegen“: Es liest %1; Topic %2, Service-Level %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Proposer&apos;s comment: “%1”</source>
        <translation>Kommentar der vorschlagenden Person: „%1“</translation>
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
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>unique items</source>
        <translation>eindeutige Elemente</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Pattern / format</source>
        <translation>Muster / Format</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>Länge %1</translation>
    </message>
    <message>
        <source>items %1</source>
        <translation>Elemente %1</translation>
    </message>
    <message>
        <source>properties %1</source>
        <translation>Eigenschaften %1</translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation>Vielfaches von %1</translation>
    </message>
    <message>
        <source>precision %1, scale %2</source>
        <translation>Stellen %1, davon Nachkommastellen %2</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>with time zone</source>
        <translation>mit Zeitzone</translation>
    </message>
    <message>
        <source>without time zone</source>
        <translation>ohne Zeitzone</translation>
    </message>
    <message>
        <source>default zone %1</source>
        <translation>Standardzone %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Fachlicher Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Physical name</source>
        <translation>Physischer Name</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>Authoritative definitions</source>
        <translation>Maßgebliche Definitionen</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Eigene Eigenschaften</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Avro type</source>
        <translation>Avro-Typ</translation>
    </message>
    <message>
        <source>Avro type aliases</source>
        <translation>Aliasse des Avro-Typs</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>%1 (not expanded here: a recursive or much reused type, shown where it is first used)</source>
        <translation>%1 (hier nicht aufgeklappt: ein rekursiver oder oft wiederverwendeter Typ, gezeigt, wo er zuerst vorkommt)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>yes, position %1</source>
        <translation>ja, Position %1</translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation>Partitioniert</translation>
    </message>
    <message>
        <source>Critical data element</source>
        <translation>Kritisches Datenelement</translation>
    </message>
    <message>
        <source>Semantic type</source>
        <translation>Semantischer Typ</translation>
    </message>
    <message>
        <source>Encrypted name</source>
        <translation>Verschlüsselter Name</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>nicht enthalten</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Standardzeitzone</translation>
    </message>
    <message>
        <source>Required properties</source>
        <translation>Pflichteigenschaften</translation>
    </message>
    <message>
        <source>Unique items</source>
        <translation>Eindeutige Elemente</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation>Quellfelder</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Transformation description</source>
        <translation>Beschreibung der Transformation</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaPanel</name>
    <message>
        <source>Filter fields (name, type, values, description…)</source>
        <translation>Felder filtern (Name, Typ, Werte, Beschreibung…)</translation>
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
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns of the schema</source>
        <translation>Spalten des Schemas auswählen</translation>
    </message>
    <message>
        <source>Select an object or a field to see everything it declares.</source>
        <translation>Ein Objekt oder Feld auswählen, um alles zu sehen, was es festlegt.</translation>
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
    <name>meshdesk::SelfServeActions</name>
    <message>
        <source>E&amp;xport as standard document…</source>
        <translation>Als Standarddokument e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the open product or contract as its standard document (unknown fields, key order and comments kept)</source>
        <translation>Das geöffnete Produkt oder den geöffneten Vertrag als Standarddokument schreiben (unbekannte Felder, Schlüsselreihenfolge und Kommentare bleiben erhalten)</translation>
    </message>
    <message>
        <source>Propose an &amp;edit…</source>
        <translation>Änderung &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Change the description, tags or owner: a new version for review</source>
        <translation>Beschreibung, Schlagwörter oder Eigentümer ändern: eine neue Version zur Prüfung</translation>
    </message>
    <message>
        <source>Propose an edit of this &amp;field…</source>
        <translation>Änderung dieses &amp;Felds vorschlagen…</translation>
    </message>
    <message>
        <source>Change the field&apos;s description, classification or PII flag</source>
        <translation>Beschreibung, Klassifizierung oder PII-Kennzeichen des Felds ändern</translation>
    </message>
    <message>
        <source>&amp;Remove from Mesh…</source>
        <translation>Aus dem Mesh &amp;entfernen…</translation>
    </message>
    <message>
        <source>Deprecate, then retire the product: proposals that show who still reads it</source>
        <translation>Das Produkt abkündigen, dann stilllegen: Vorschläge, die zeigen, wer es noch liest</translation>
    </message>
    <message>
        <source>&amp;Create data product…</source>
        <translation>Datenprodukt &amp;anlegen…</translation>
    </message>
    <message>
        <source>A new data product from existing products&apos; output ports</source>
        <translation>Ein neues Datenprodukt aus den Ausgangsports bestehender Produkte</translation>
    </message>
    <message>
        <source>Export %1 %2</source>
        <translation>%1 %2 exportieren</translation>
    </message>
    <message>
        <source>YAML and JSON (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation>YAML und JSON (*.yaml *.yml *.json *.avsc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 %2, version %3 (%4), written to %5</source>
        <translation>%1 %2, Version %3 (%4), geschrieben nach %5</translation>
    </message>
    <message>
        <source>%1 %2 version %3: proposed; it reaches the review once the team log has it.</source>
        <translation>%1 %2 Version %3: vorgeschlagen; es kommt zur Prüfung, sobald das Team-Log es hat.</translation>
    </message>
    <message>
        <source>Change #%1 proposed: %2 %3 version %4 waits for review.</source>
        <translation>Änderung #%1 vorgeschlagen: %2 %3 Version %4 wartet auf die Prüfung.</translation>
    </message>
    <message>
        <source>Select a field of the schema to edit it.</source>
        <translation>Wählen Sie ein Feld des Schemas, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Field %1 of %2: proposed; it reaches the review once the team log has it.</source>
        <translation>Feld %1 von %2: vorgeschlagen; es kommt zur Prüfung, sobald das Team-Log es hat.</translation>
    </message>
    <message>
        <source>Change #%1 proposed: field %2 of %3 waits for review.</source>
        <translation>Änderung #%1 vorgeschlagen: Feld %2 von %3 wartet auf die Prüfung.</translation>
    </message>
    <message>
        <source>Data product %1 proposed (status &apos;proposed&apos;) with contract %2</source>
        <translation>Datenprodukt %1 mit Vertrag %2 vorgeschlagen (Status &apos;proposed&apos;)</translation>
    </message>
    <message>
        <source>; topic %1 created on %2</source>
        <translation>; Topic %1 auf %2 angelegt</translation>
    </message>
    <message>
        <source>; written to %1</source>
        <translation>; geschrieben nach %1</translation>
    </message>
    <message>
        <source>It reaches the catalog once the team log has it.</source>
        <translation>Es erscheint im Katalog, sobald das Team-Log es enthält.</translation>
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
    <name>meshdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Search (also from anywhere but View source)</source>
        <translation>Suchen (auch von überall außer dem Quelltext)</translation>
    </message>
    <message>
        <source>Find in View source</source>
        <translation>Im Quelltext suchen</translation>
    </message>
    <message>
        <source>Approve the change under review</source>
        <translation>Die geprüfte Änderung freigeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Reject the change under review</source>
        <translation>Die geprüfte Änderung ablehnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Copy a field&apos;s path (Schema)</source>
        <translation>Den Pfad eines Felds kopieren (Schema)</translation>
    </message>
    <message>
        <source>Lineage: zoom in, zoom out, fit</source>
        <translation>Lineage: vergrößern, verkleinern, einpassen</translation>
    </message>
    <message>
        <source>In a view</source>
        <translation>In einer Ansicht</translation>
    </message>
</context>
<context>
    <name>meshdesk::SourceView</name>
    <message>
        <source>Find in the source</source>
        <translation>Im Quelltext suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshdesk::StartPage</name>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Open the demo catalog</source>
        <translation>Demo-Katalog öffnen</translation>
    </message>
    <message>
        <source>A new window with the demo catalog in a temporary database and a demo Kafka broker; this catalog is not touched.</source>
        <translation>Ein neues Fenster mit dem Demo-Katalog in einer temporären Datenbank und einem Demo-Kafka-Broker; dieser Katalog bleibt unberührt.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Lineage of the whole mesh</source>
        <translation>Lineage des ganzen Mesh</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MeshDesk&lt;/h2&gt;&lt;p&gt;Catalog: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MeshDesk&lt;/h2&gt;&lt;p&gt;Katalog: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The catalog could not be opened: %1</source>
        <translation>Der Katalog konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This catalog is empty&lt;/h3&gt;&lt;p&gt;Import data contracts and data products (ODCS, Data Contract Specification, ODPS, Data Product Specification, Avro schemas): one file at a time, a whole folder, or drop files on the window.&lt;/p&gt;&lt;p&gt;Or look around the demo catalog first: twelve data products in five domains, a pending change to review, live Kafka topics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dieser Katalog ist leer&lt;/h3&gt;&lt;p&gt;Importieren Sie Datenverträge und Datenprodukte (ODCS, Data Contract Specification, ODPS, Data Product Specification, Avro-Schemas): einzelne Dateien, einen ganzen Ordner, oder ziehen Sie Dateien auf das Fenster.&lt;/p&gt;&lt;p&gt;Oder sehen Sie sich zuerst den Demo-Katalog an: zwölf Datenprodukte in fünf Domänen, eine offene Änderung zum Prüfen, Live-Topics in Kafka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In this catalog&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;In diesem Katalog&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Data products</source>
        <translation>Datenprodukte</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Offene Änderungen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for review&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Warten auf ein Review&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Keine offenen Änderungen.</translation>
    </message>
    <message>
        <source>Change #%1: %2 %3</source>
        <translation>Änderung #%1: %2 %3</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recently opened&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Zuletzt geöffnet&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Nothing yet: open a product or a contract from the tree or the search.</source>
        <translation>Noch nichts: Öffnen Sie ein Produkt oder einen Vertrag aus dem Baum oder der Suche.</translation>
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
    <name>meshdesk::TopicMeshBrowser</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Double-click a topic in the mesh to open its data product, one not in the mesh to add it.</source>
        <translation>Doppelklick auf ein Topic im Mesh öffnet sein Datenprodukt, auf eines außerhalb fügt es hinzu.</translation>
    </message>
    <message>
        <source>A regular expression over the topic name; its group &quot;domain&quot; (or its first group) names the domain of a topic no product publishes. Default: the part before the first dot.</source>
        <translation>Ein regulärer Ausdruck über den Topic-Namen; seine Gruppe &quot;domain&quot; (oder seine erste Gruppe) nennt die Domäne eines Topics, das kein Produkt veröffentlicht. Standard: der Teil vor dem ersten Punkt.</translation>
    </message>
    <message>
        <source>&amp;Add to Mesh…</source>
        <translation>Zum Mesh &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Infer a contract from the topic&apos;s messages, describe the product and publish it through governance.</source>
        <translation>Einen Vertrag aus den Nachrichten des Topics ableiten, das Produkt beschreiben und über die Governance veröffentlichen.</translation>
    </message>
    <message>
        <source>Open data product</source>
        <translation>Datenprodukt öffnen</translation>
    </message>
    <message>
        <source>Domain from the topic name:</source>
        <translation>Domäne aus dem Topic-Namen:</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message numerus="yes">
        <source>No domain (the naming rule finds none): %n topic(s)</source>
        <translation>
            <numerusform>Keine Domäne (die Namensregel findet keine): %n Topic</numerusform>
            <numerusform>Keine Domäne (die Namensregel findet keine): %n Topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n topic(s)</source>
        <translation>
            <numerusform>%1: %n Topic</numerusform>
            <numerusform>%1: %n Topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (a new domain): %n topic(s)</source>
        <translation>
            <numerusform>%1 (eine neue Domäne): %n Topic</numerusform>
            <numerusform>%1 (eine neue Domäne): %n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>contract %1 (no product)</source>
        <translation>Vertrag %1 (kein Produkt)</translation>
    </message>
    <message>
        <source>Described by contract %1</source>
        <translation>Beschrieben durch Vertrag %1</translation>
    </message>
    <message>
        <source>not in the mesh</source>
        <translation>nicht im Mesh</translation>
    </message>
    <message numerus="yes">
        <source>In the mesh: %n topic(s)</source>
        <translation>
            <numerusform>Im Mesh: %n Topic</numerusform>
            <numerusform>Im Mesh: %n Topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the mesh: %n topic(s)</source>
        <translation>
            <numerusform>Nicht im Mesh: %n Topic</numerusform>
            <numerusform>Nicht im Mesh: %n Topics</numerusform>
        </translation>
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
        <source>How values are decoded: JSON; Avro binary with the contract&apos;s schema (also the Confluent wire format); or with the schemas of a Schema Registry</source>
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
    <name>meshdesk::action</name>
    <message>
        <source>genesis</source>
        <translation>Katalog angelegt</translation>
    </message>
    <message>
        <source>create</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migriert</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>propose</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>Rolle entzogen</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>join</source>
        <translation>Beitrittsantrag</translation>
    </message>
    <message>
        <source>admit</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernt</translation>
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
        <source>no %1 with id &apos;%2&apos;</source>
        <translation>kein(e) %1 mit der ID &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the stored source no longer parses</source>
        <translation>%1 &apos;%2&apos;: die gespeicherte Quelle lässt sich nicht mehr lesen</translation>
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
        <source>no product with id &apos;%1&apos;</source>
        <translation>kein Produkt mit der ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not a contract</source>
        <translation>%1: kein Vertrag</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no output contract with a Kafka server for topic &apos;%2&apos;</source>
        <translation>Produkt &apos;%1&apos; hat keinen Ausgangsvertrag mit einem Kafka-Server für das Topic &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the contract has no schema</source>
        <translation>der Vertrag hat kein Schema</translation>
    </message>
    <message>
        <source>no Kafka connection profile named &apos;%1&apos; (Governance &gt; Kafka connections)</source>
        <translation>kein Kafka-Verbindungsprofil namens „%1“ (Governance &gt; Kafka-Verbindungen)</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; needs a password: set MESHDESK_KAFKA_PASSWORD (the keychain did not answer: %2)</source>
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
        <source>unknown command &apos;%1&apos;; see meshdesk --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe meshdesk --help</translation>
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
        <source>Passphrase for %1&apos;s key: </source>
        <translation>Passphrase für den Schlüssel von %1: </translation>
    </message>
    <message>
        <source>New passphrase for %1&apos;s key: </source>
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
        <source>--storage is keychain or file, not &apos;%1&apos;</source>
        <translation>--storage ist keychain oder file, nicht &apos;%1&apos;</translation>
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
share the public key with your catalog&apos;s admin: meshdesk identity export-public --as %1
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
        <source>no join request from &apos;%1&apos; (meshdesk team status lists them)</source>
        <translation>keine Beitrittsanfrage von &apos;%1&apos; (meshdesk team status listet sie)</translation>
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
        <translation>
            <numerusform>Import bei diesem Datenbankfehler angehalten: %n Datei nicht importiert</numerusform>
            <numerusform>Import bei diesem Datenbankfehler angehalten: %n Dateien nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>database file DAMAGED (SQLite&apos;s integrity check): %1
</source>
        <translation>Datenbankdatei BESCHÄDIGT (Integritätsprüfung von SQLite): %1
</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>usage: meshdesk diff OLD_FILE NEW_FILE [--json | --format text|json|datacontract-cli]</source>
        <translation>Aufruf: meshdesk diff ALTE_DATEI NEUE_DATEI [--json | --format text|json|datacontract-cli]</translation>
    </message>
    <message numerus="yes">
        <source>  removal from the mesh: %1; %n product(s) still read it
</source>
        <translation>
            <numerusform>  Entfernung aus dem Mesh: %1; %n Produkt liest es noch
</numerusform>
            <numerusform>  Entfernung aus dem Mesh: %1; %n Produkte lesen es noch
</numerusform>
        </translation>
    </message>
    <message>
        <source>  retirement override: %1
</source>
        <translation>  Stilllegung trotz Lesern: %1
</translation>
    </message>
    <message>
        <source>Give it with --comment TEXT.</source>
        <translation>Geben Sie ihn mit --comment TEXT an.</translation>
    </message>
    <message>
        <source>usage: meshdesk retire PRODUCT_ID --as USER [--override REASON]</source>
        <translation>Aufruf: meshdesk retire PRODUKT_ID --as NUTZER [--override GRUND]</translation>
    </message>
    <message>
        <source>usage: meshdesk deprecate PRODUCT_ID --as USER</source>
        <translation>Aufruf: meshdesk deprecate PRODUKT_ID --as NUTZER</translation>
    </message>
    <message>
        <source>No product reads %1.
</source>
        <translation>Kein Produkt liest %1.
</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) still read %1:
</source>
        <translation>
            <numerusform>%n Produkt liest %1 noch:
</numerusform>
            <numerusform>%n Produkte lesen %1 noch:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: proposed</source>
        <translation>%1 %2: vorgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 proposed as change #%4 (signed act %5); it takes effect when a governance owner approves it
</source>
        <translation>%1: %2 -&gt; %3 als Änderung #%4 vorgeschlagen (signierte Handlung %5); sie gilt, wenn ein Governance-Verantwortlicher zustimmt
</translation>
    </message>
    <message>
        <source>broker %1 is reachable again: following &apos;%2&apos;</source>
        <translation>Broker %1 ist wieder erreichbar: &apos;%2&apos; wird weiter verfolgt</translation>
    </message>
    <message>
        <source>broker %1 is unreachable: %2 (still trying; nothing is lost meanwhile)</source>
        <translation>Broker %1 ist nicht erreichbar: %2 (neue Versuche folgen; bis dahin geht nichts verloren)</translation>
    </message>
    <message>
        <source>usage: meshdesk infer --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--format json|avro] [--registry URL] [--contract SCHEMA.avsc] [--out FILE]</source>
        <translation>Aufruf: meshdesk infer --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--format json|avro] [--registry URL] [--contract SCHEMA.avsc] [--out DATEI]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drafted by MeshDesk from %n message(s) of topic %1 on %2 at %3.</source>
        <translation>
            <numerusform>Von MeshDesk aus %n Nachricht des Topics %1 auf %2 am %3 entworfen.</numerusform>
            <numerusform>Von MeshDesk aus %n Nachrichten des Topics %1 auf %2 am %3 entworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review it before publishing: descriptions, owner, domain, service levels.</source>
        <translation>Vor dem Veröffentlichen prüfen: Beschreibungen, Eigentümer, Domäne, Service-Levels.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>inferred from %n message(s)</source>
        <translation>
            <numerusform>aus %n Nachricht abgeleitet</numerusform>
            <numerusform>aus %n Nachrichten abgeleitet</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: meshdesk export contract|product ID [--version V] [--out FILE]</source>
        <translation>Aufruf: meshdesk export contract|product ID [--version V] [--out DATEI]</translation>
    </message>
    <message>
        <source>%1 %2 version %3 (#%4, %5) written to %6</source>
        <translation>%1 %2 Version %3 (#%4, %5) geschrieben nach %6</translation>
    </message>
    <message>
        <source>usage: meshdesk edit contract|product ID --set NAME=VALUE... [--comment TEXT] [--dry-run] [--json]
  NAME: description, usage, limitations, tags (a,b,c), owner, status, version,
        schema.OBJECT.FIELD.description|classification|pii (true/false)</source>
        <translation>Aufruf: meshdesk edit contract|product ID --set NAME=WERT... [--comment TEXT] [--dry-run] [--json]
  NAME: description, usage, limitations, tags (a,b,c), owner, status, version,
        schema.OBJEKT.FELD.description|classification|pii (true/false)</translation>
    </message>
    <message>
        <source>%1 %2: edit of %3 proposed</source>
        <translation>%1 %2: Bearbeitung von %3 vorgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2: %3 proposed as change #%4, version %5 -&gt; %6 (signed act %7); it takes effect when a governance owner approves it
</source>
        <translation>%1 %2: %3 als Änderung #%4 vorgeschlagen, Version %5 -&gt; %6 (signierte Handlung %7); sie gilt, wenn ein Governance-Verantwortlicher zustimmt
</translation>
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
    <message>
        <source>Rejecting a change needs a comment that says why.</source>
        <translation>Eine Ablehnung braucht einen Kommentar, der den Grund nennt.</translation>
    </message>
    <message>
        <source>A data product declares its domain, a description, a quality tier and an output port</source>
        <translation>Ein Datenprodukt nennt seine Domäne, eine Beschreibung, eine Qualitätsstufe und einen Ausgabe-Port</translation>
    </message>
    <message>
        <source>A contract declares a description, an owner, its fields and its service levels (SLA)</source>
        <translation>Ein Vertrag nennt eine Beschreibung, einen Eigentümer, seine Felder und seine Service-Levels (SLA)</translation>
    </message>
    <message>
        <source>A product that others still read is retired only with an explicit override</source>
        <translation>Ein Produkt, das andere noch lesen, wird nur mit ausdrücklicher Ausnahme stillgelegt</translation>
    </message>
</context>
<context>
    <name>meshdesk::identity::Keyring</name>
    <message>
        <source>no private key for &apos;%1&apos; on this machine (looked in %2%3): acting as someone needs their key; create one with &apos;meshdesk identity create --as %1&apos; or import it (&apos;meshdesk identity import FILE --as %1&apos;)</source>
        <translation>kein privater Schlüssel für „%1“ auf diesem Rechner (gesucht in %2%3): Wer als jemand handelt, braucht dessen Schlüssel; erstellen Sie einen mit „meshdesk identity create --as %1“ oder importieren Sie ihn („meshdesk identity import DATEI --as %1“)</translation>
    </message>
    <message>
        <source> and MESHDESK_KEY_FILE</source>
        <translation> und MESHDESK_KEY_FILE</translation>
    </message>
</context>
<context>
    <name>meshdesk::identity::TrustPins</name>
    <message>
        <source>the catalog&apos;s trust root is %1, but this desk verified it under %2 before: its whole log was signed again from a new start by another key. If the catalog was re-created on purpose, remove its line from %3</source>
        <translation>der Vertrauensanker des Katalogs ist %1, doch dieser Arbeitsplatz hat ihn zuvor unter %2 geprüft: Sein ganzes Log wurde von einem neuen Anfang an mit einem anderen Schlüssel neu signiert. Wurde der Katalog absichtlich neu angelegt, entfernen Sie seine Zeile aus %3</translation>
    </message>
</context>
<context>
    <name>meshdesk::kafka</name>
    <message numerus="yes">
        <source>partition %1: offsets %2-%3 were deleted by retention before they were read (%n message(s) skipped)</source>
        <translation>
            <numerusform>Partition %1: Offsets %2-%3 wurden durch die Aufbewahrungsfrist gelöscht, bevor sie gelesen wurden (%n Nachricht übersprungen)</numerusform>
            <numerusform>Partition %1: Offsets %2-%3 wurden durch die Aufbewahrungsfrist gelöscht, bevor sie gelesen wurden (%n Nachrichten übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>topic &apos;%1&apos;: %2</source>
        <translation>Topic &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the credentials used (none: PLAINTEXT)</source>
        <translation>die verwendeten Zugangsdaten (keine: PLAINTEXT)</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>no answer from a controller of %1 (%2): is the cluster reachable?</source>
        <translation>keine Antwort von einem Controller von %1 (%2): Ist der Cluster erreichbar?</translation>
    </message>
    <message>
        <source>the cluster refused to create topic &apos;%1&apos;: %2 may not create topics there (%3: %4). Ask the platform team for the CREATE permission on the topic or the cluster, or use a connection profile whose account has it.</source>
        <translation>der Cluster hat das Anlegen des Topics &apos;%1&apos; abgelehnt: Für %2 ist das Anlegen von Topics dort nicht erlaubt (%3: %4). Bitten Sie das Plattform-Team um die CREATE-Berechtigung für das Topic oder den Cluster, oder verwenden Sie ein Verbindungsprofil, dessen Konto sie hat.</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; already exists on %2</source>
        <translation>Topic &apos;%1&apos; existiert bereits auf %2</translation>
    </message>
    <message>
        <source>replication factor %1 is refused: %2 Choose a service level with less replication for this cluster.</source>
        <translation>Replikationsfaktor %1 wird abgelehnt: %2 Wählen Sie für diesen Cluster ein Service-Level mit weniger Replikation.</translation>
    </message>
    <message>
        <source>the cluster refused to create topic &apos;%1&apos; (%2: %3)</source>
        <translation>der Cluster hat das Anlegen des Topics &apos;%1&apos; abgelehnt (%2: %3)</translation>
    </message>
</context>
<context>
    <name>meshdesk::kafka::SamplerWorker</name>
    <message>
        <source>the contract&apos;s Avro schema is not usable: %1</source>
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
    <message>
        <source>cannot sample: topic &apos;%1&apos;: unknown topic (retrying)</source>
        <translation>Stichprobe nicht möglich: Topic &apos;%1&apos;: unbekanntes Topic (neuer Versuch folgt)</translation>
    </message>
    <message>
        <source>partition %1: offset %2 is not available and the partition&apos;s range could not be read (%3)</source>
        <translation>Partition %1: Offset %2 ist nicht verfügbar, und der Bereich der Partition war nicht lesbar (%3)</translation>
    </message>
    <message>
        <source>partition %1: offset %2 is past its end (%3): the partition was truncated or re-created; reading on from %3</source>
        <translation>Partition %1: Offset %2 liegt hinter ihrem Ende (%3): die Partition wurde gekürzt oder neu angelegt; es geht ab %3 weiter</translation>
    </message>
</context>
<context>
    <name>meshdesk::kind</name>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>meshdesk::ledger</name>
    <message>
        <source>the genesis</source>
        <translation>der Anfang des Logs</translation>
    </message>
</context>
<context>
    <name>meshdesk::ledger::Ledger</name>
    <message>
        <source>there is no change #%1</source>
        <translation>es gibt keine Änderung #%1</translation>
    </message>
    <message>
        <source>change #%1 was already approved by %2</source>
        <translation>Änderung #%1 wurde bereits von %2 freigegeben</translation>
    </message>
    <message>
        <source>change #%1 was already rejected by %2</source>
        <translation>Änderung #%1 wurde bereits von %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 proposed this change; another governance owner must decide (four-eyes rule)</source>
        <translation>%1 hat diese Änderung vorgeschlagen; eine andere Governance-Verantwortliche Person muss entscheiden (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>%1 is not a governance owner of the domain &apos;%2&apos;</source>
        <translation>%1 ist nicht Governance-Verantwortliche(r) der Domäne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>meshdesk::lineage::Graph</name>
    <message>
        <source>output port of %1 names contract &apos;%2&apos;, which is not imported (dangling reference)</source>
        <translation>Ausgangsport von %1 nennt Vertrag &apos;%2&apos;, der nicht importiert ist (offene Referenz)</translation>
    </message>
</context>
<context>
    <name>meshdesk::selfserve</name>
    <message>
        <source>there is no %1 &apos;%2&apos; in this catalog</source>
        <translation>in diesem Katalog gibt es kein(e) %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no version %3; it has: %4</source>
        <translation>%1 &apos;%2&apos; hat keine Version %3; vorhanden sind: %4</translation>
    </message>
    <message>
        <source>The product id must be lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Die Produkt-ID darf nur aus Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>A product with the id &apos;%1&apos; exists already.</source>
        <translation>Ein Produkt mit der ID &apos;%1&apos; gibt es bereits.</translation>
    </message>
    <message>
        <source>The contract id must be lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Die Vertrags-ID darf nur aus Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>A contract with the id &apos;%1&apos; exists already.</source>
        <translation>Einen Vertrag mit der ID &apos;%1&apos; gibt es bereits.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Das Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The product needs a domain.</source>
        <translation>Das Produkt braucht eine Domäne.</translation>
    </message>
    <message>
        <source>The product needs an owner (every data product has one).</source>
        <translation>Das Produkt braucht einen Eigentümer (jedes Datenprodukt hat einen).</translation>
    </message>
    <message>
        <source>Choose at least one input product&apos;s output port.</source>
        <translation>Wählen Sie mindestens einen Ausgangsport eines Eingangsprodukts.</translation>
    </message>
    <message>
        <source>Choose at least one field for the new product to expose.</source>
        <translation>Wählen Sie mindestens ein Feld, das das neue Produkt bereitstellt.</translation>
    </message>
    <message>
        <source>Name the output port.</source>
        <translation>Geben Sie dem Ausgangsport einen Namen.</translation>
    </message>
    <message>
        <source>The topic name must be 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Der Topic-Name muss aus 1 bis 249 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>Two fields are exposed as &apos;%1&apos;: rename one.</source>
        <translation>Zwei Felder werden als &apos;%1&apos; bereitgestellt: Benennen Sie eines um.</translation>
    </message>
    <message>
        <source>The field %1 comes from %2, which is not an input.</source>
        <translation>Das Feld %1 stammt aus %2, das kein Eingang ist.</translation>
    </message>
    <message>
        <source>Made with MeshDesk&apos;s Create data product wizard.</source>
        <translation>Angelegt mit dem Assistenten „Datenprodukt anlegen“ von MeshDesk.</translation>
    </message>
    <message>
        <source>Made with MeshDesk&apos;s Create data product wizard: the output contract of &apos;%1&apos;.</source>
        <translation>Angelegt mit dem Assistenten „Datenprodukt anlegen“ von MeshDesk: der Ausgangsvertrag von &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The documents do not import: %1</source>
        <translation>Die Dokumente lassen sich nicht importieren: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; or &apos;%2&apos; exists in the catalog already</source>
        <translation>&apos;%1&apos; oder &apos;%2&apos; gibt es bereits im Katalog</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written</source>
        <translation>%1 existiert bereits; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>no edits</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>the stored source of %1 &apos;%2&apos; no longer parses</source>
        <translation>die gespeicherte Quelle von %1 &apos;%2&apos; lässt sich nicht mehr lesen</translation>
    </message>
    <message>
        <source>nothing to propose: the result is the same as the current version or a proposal that is already pending</source>
        <translation>nichts vorzuschlagen: das Ergebnis gleicht der aktuellen Version oder einem bereits offenen Vorschlag</translation>
    </message>
    <message>
        <source>the proposal was not stored</source>
        <translation>der Vorschlag wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Best effort: one partition, no replicas, a week of history.</source>
        <translation>Best Effort: eine Partition, keine Replikate, eine Woche Historie.</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Three partitions, two replicas, 30 days of history.</source>
        <translation>Drei Partitionen, zwei Replikate, 30 Tage Historie.</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Six partitions, three replicas, a year of history.</source>
        <translation>Sechs Partitionen, drei Replikate, ein Jahr Historie.</translation>
    </message>
    <message>
        <source>Gold, latest state</source>
        <translation>Gold, letzter Stand</translation>
    </message>
    <message>
        <source>Six partitions, three replicas, the latest value of every key kept forever (compacted).</source>
        <translation>Sechs Partitionen, drei Replikate, der letzte Wert jedes Schlüssels wird unbegrenzt aufbewahrt (kompaktiert).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has changed since the edit began (a decision was taken meanwhile): open it again and make the edit on the version that is current now</source>
        <translation>%1 &apos;%2&apos; hat sich seit Beginn der Änderung geändert (inzwischen wurde entschieden): öffnen Sie es erneut und ändern Sie die jetzt aktuelle Version</translation>
    </message>
    <message>
        <source>nothing to propose: the edits leave %1 &apos;%2&apos; as it is</source>
        <translation>nichts vorzuschlagen: die Änderungen lassen %1 &apos;%2&apos; unverändert</translation>
    </message>
    <message>
        <source>nothing to propose: change #%1 proposes exactly this already</source>
        <translation>nichts vorzuschlagen: Änderung #%1 schlägt genau dies bereits vor</translation>
    </message>
</context>
<context>
    <name>meshdesk::status</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
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
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
</TS>
