<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>external source</source>
        <translation>external source</translation>
    </message>
    <message>
        <source>Focus here</source>
        <translation>Focus here</translation>
    </message>
    <message>
        <source>Expand upstream</source>
        <translation>Expand upstream</translation>
    </message>
    <message>
        <source>Expand downstream</source>
        <translation>Expand downstream</translation>
    </message>
    <message>
        <source>Collapse upstream</source>
        <translation>Collapse upstream</translation>
    </message>
    <message>
        <source>Collapse downstream</source>
        <translation>Collapse downstream</translation>
    </message>
    <message>
        <source>Highlight impact</source>
        <translation>Highlight impact</translation>
    </message>
    <message>
        <source>Show field lineage</source>
        <translation>Show field lineage</translation>
    </message>
    <message>
        <source>Open product page</source>
        <translation>Open product page</translation>
    </message>
    <message>
        <source>%1 (closes a cycle)</source>
        <translation>%1 (closes a cycle)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Catalog database file (default: $MESHDESK_DB or the app data folder).</source>
        <translation>Catalog database file (default: $MESHDESK_DB or the app data folder).</translation>
    </message>
    <message>
        <source>Print JSON (stable, documented in the README).</source>
        <translation>Print JSON (stable, documented in the README).</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Log debug messages to stderr.</translation>
    </message>
    <message>
        <source>Open the demo catalog in a fresh temporary database.</source>
        <translation>Open the demo catalog in a fresh temporary database.</translation>
    </message>
    <message>
        <source>User interface language (e.g. de, en).</source>
        <translation>User interface language (e.g. de, en).</translation>
    </message>
    <message>
        <source>Close the GUI after this many milliseconds (for scripted screenshots).</source>
        <translation>Close the GUI after this many milliseconds (for scripted screenshots).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE before quitting.</source>
        <translation>Save a screenshot of the window to FILE before quitting.</translation>
    </message>
    <message>
        <source>Comment of a review decision (required to reject).</source>
        <translation>Comment of a review decision (required to reject).</translation>
    </message>
    <message>
        <source>Domain of a role.</source>
        <translation>Domain of a role.</translation>
    </message>
    <message>
        <source>Start of a period (ISO date).</source>
        <translation>Start of a period (ISO date).</translation>
    </message>
    <message>
        <source>End of a period (ISO date, exclusive).</source>
        <translation>End of a period (ISO date, exclusive).</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Output folder.</translation>
    </message>
    <message>
        <source>A change id (evidence pack of one change).</source>
        <translation>A change id (evidence pack of one change).</translation>
    </message>
    <message>
        <source>GUI: open the review of this change.</source>
        <translation>GUI: open the review of this change.</translation>
    </message>
    <message>
        <source>GUI: open the governance dashboard.</source>
        <translation>GUI: open the governance dashboard.</translation>
    </message>
    <message>
        <source>GUI: open product:ID or contract:ID.</source>
        <translation>GUI: open product:ID or contract:ID.</translation>
    </message>
    <message>
        <source>GUI: the tab to show (a page: 0 overview, 1 schema, 2 source, 3 live messages; with --dashboard: 0 catalog, 1 governance, 2 live data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage: the product to focus on.</source>
        <translation>Lineage: the product to focus on.</translation>
    </message>
    <message>
        <source>Lineage: steps upstream (default 1).</source>
        <translation>Lineage: steps upstream (default 1).</translation>
    </message>
    <message>
        <source>Lineage: steps downstream (default 1).</source>
        <translation>Lineage: steps downstream (default 1).</translation>
    </message>
    <message>
        <source>Lineage: list the transitive downstream products and owners.</source>
        <translation>Lineage: list the transitive downstream products and owners.</translation>
    </message>
    <message>
        <source>GUI: open the lineage view focused on this product.</source>
        <translation>GUI: open the lineage view focused on this product.</translation>
    </message>
    <message>
        <source>Sample: Kafka bootstrap servers.</source>
        <translation>Sample: Kafka bootstrap servers.</translation>
    </message>
    <message>
        <source>Sample: the topic.</source>
        <translation>Sample: the topic.</translation>
    </message>
    <message>
        <source>Sample: the last N messages per partition (default 10).</source>
        <translation>Sample: the last N messages per partition (default 10).</translation>
    </message>
    <message>
        <source>Sample: from the beginning of each partition.</source>
        <translation>Sample: from the beginning of each partition.</translation>
    </message>
    <message>
        <source>Sample: give up after S seconds (default 10).</source>
        <translation>Sample: give up after S seconds (default 10).</translation>
    </message>
    <message>
        <source>Demo broker: create the demo topics and feed them.</source>
        <translation>Demo broker: create the demo topics and feed them.</translation>
    </message>
    <message>
        <source>Sample: Schema Registry URL for the Confluent wire format.</source>
        <translation>Sample: Schema Registry URL for the Confluent wire format.</translation>
    </message>
    <message>
        <source>Sample: a saved Kafka connection profile (SASL/SSL); its password from MESHDESK_KAFKA_PASSWORD or the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: from this offset in each partition.</source>
        <translation>Sample: from this offset in each partition.</translation>
    </message>
    <message>
        <source>Sample: keep printing new messages until stopped.</source>
        <translation>Sample: keep printing new messages until stopped.</translation>
    </message>
    <message>
        <source>Demo broker: the bootstrap port to listen on.</source>
        <translation>Demo broker: the bootstrap port to listen on.</translation>
    </message>
    <message>
        <source>Subcommand and its arguments.</source>
        <translation>Subcommand and its arguments.</translation>
    </message>
    <message>
        <source>Act as this identity: its private key must be on this machine (default: the identity chosen in Settings, or the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member add: the public key (a .pub file or an OpenSSH line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity create|import: keep the private key in the system keychain or a passphrase-protected file (default: the keychain if there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: two desks (two windows, two identities) sharing one team catalog over the in-process demo broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team join: the trust root&apos;s key fingerprint to pin (compare it with the catalog&apos;s creator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team create: the team topic&apos;s message limit in bytes (its max.message.bytes; default 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshDesk — desk B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshDesk — desk A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk B: propose the breaking change with File &gt; Import files… %1; desk A sees it in its Inbox at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To search for text that begins with &apos;-&apos;, put -- before it: meshdesk search -- -orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See meshdesk --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage output: json, dot or svg; sample: json, avro, text or hex; infer: json or avro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: the first N messages at most (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: check messages against this contract file (infer: the writer&apos;s Avro schema, an .avsc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire: retire although other products still read it, for this reason (recorded in the proposal).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the version to export (a version number, or #ID as show lists them; default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: NAME=VALUE to change (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: print the proposed document, store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo --db %1: that file already exists. The demo makes a new catalog; name a file that does not exist yet, or leave out --db for a temporary one.</source>
        <translation type="unfinished"></translation>
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
        <translation>Domain</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Limitations:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source> (left %1)</source>
        <translation> (left %1)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>&lt;b&gt;current&lt;/b&gt;</source>
        <translation>&lt;b&gt;current&lt;/b&gt;</translation>
    </message>
    <message>
        <source>data product</source>
        <translation>data product</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Input ports</translation>
    </message>
    <message>
        <source>None: a source-aligned product.</source>
        <translation>None: a source-aligned product.</translation>
    </message>
    <message>
        <source>external source &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>external source &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt; via &lt;a href=&apos;contract:%3&apos;&gt;%3&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt; via &lt;a href=&apos;contract:%3&apos;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Output ports</translation>
    </message>
    <message>
        <source>%1 topic &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>%1 topic &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>live messages</source>
        <translation>live messages</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Custom properties</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>Published by &lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt;</source>
        <translation>Published by &lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, approved by %1</translation>
    </message>
    <message>
        <source>Quality rules</source>
        <translation>Quality rules</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lineage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by (downstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product in the catalog reads its outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list where %1 should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit names no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a YAML parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not valid YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key is itself a mapping or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one document, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored document does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited document would not parse (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would change more than asked (a value shared through a YAML anchor?); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only contracts have fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited document is no longer valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would change what the document is (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written, but the %2 reader reads &apos;%3&apos; back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited; edit description, usage, limitations, tags, owner, status, version or schema.OBJECT.FIELD.description|classification|pii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a field&apos;s description, classification or pii can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no field %2 in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: pii is true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::AddToMeshDialog</name>
    <message>
        <source>Add to Mesh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro with its schema file (.avsc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro, Confluent wire format (Schema Registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Browse…</translation>
    </message>
    <message>
        <source> per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the newest messages of each partition are sampled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;&amp; &amp;infer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the writer&apos;s schema, an .avsc file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Registry URL, e.g. http://localhost:8081</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writer&apos;s Avro schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro schema (*.avsc *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format, enum, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired (present and not null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed values, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&amp;al data (PII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owning team, e.g. Checkout Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who owns the product (a team member with the role owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is and what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw: as the source emits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated: cleaned, checked, documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authoritative: the reference for its domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished">Policy</translation>
    </message>
    <message>
        <source>Governance says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder for the documents, e.g. a Git checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the documents go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the product (ODPS) and its contract (ODCS) into the folder and import them: governance sees them like any import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before it is published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample the topic to draft its contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Avro schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drafted from %n message(s).</source>
        <translation>
            <numerusform>Drafted from %n message.</numerusform>
            <numerusform>Drafted from %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not usable.</source>
        <translation>
            <numerusform>%n message was not usable.</numerusform>
            <numerusform>%n messages were not usable.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key (the message key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[elements]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract drafted yet: sample the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets the minimum to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets the minimum to publish (with warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing is a proposal signed by the acting identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 exists: publishing proposes a new version for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sampled messages do not conform to this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft as edited, checked against the sampled messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance does not let this be published yet: see what is missing below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder the documents can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files exist and would be replaced:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published with MeshDesk (Add to Mesh) from topic %1 by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the signatures and the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n signed act(s) verified.</source>
        <translation>
            <numerusform>The log is intact: %n signed act verified.</numerusform>
            <numerusform>The log is intact: %n signed acts verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log fails at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogDashboard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Right-click to export as PNG</source>
        <translation>Right-click to export as PNG</translation>
    </message>
    <message>
        <source>Data products per domain</source>
        <translation>Data products per domain</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Contracts by status</source>
        <translation>Contracts by status</translation>
    </message>
    <message>
        <source>Fields classified or PII, % per domain</source>
        <translation>Fields classified or PII, % per domain</translation>
    </message>
    <message>
        <source>Classified %</source>
        <translation>Classified %</translation>
    </message>
    <message>
        <source>Pending changes per domain</source>
        <translation>Pending changes per domain</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogIconProxy</name>
    <message numerus="yes">
        <source>%1  (%n pending)</source>
        <translation>
            <numerusform>%1  (%n pending)</numerusform>
            <numerusform>%1  (%n pending)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Data product</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogTreeModel</name>
    <message>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
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
        <translation>Change</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a data product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and &amp;propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which products&apos; output ports does the new product read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter products, ports, domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / output port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished">Contract</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished">Domain</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Owner</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which fields does the new product expose? Each keeps its lineage to the field it comes from. Double-click “Exposed as” to rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Exposed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>%1: the contract %2 is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, owner, output port and topic, and the service level its topic is made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owning team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers below, no security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the topic on the cluster (Kafka Admin API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: where to write the two documents (a Git checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Browse…</translation>
    </message>
    <message>
        <source>Write the documents to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kafka connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Topic: %2 partition(s), replication %3, retention %4, cleanup policy %5; availability %6 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the new product sits in the mesh, and the documents that will be proposed (status &apos;proposed&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (ODPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract (ODCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing creates topic %1 on %2, then proposes the product and its contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing proposes the product and its contract; the topic is not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating topic %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and clear “Create the topic” to use it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap ser&amp;vers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 created on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::CurateDialog</name>
    <message>
        <source>There is no %1 &apos;%2&apos; in this catalog.</source>
        <translation type="unfinished">There is no %1 &apos;%2&apos; in this catalog.</translation>
    </message>
    <message>
        <source>There is no field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an edit of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field %1&lt;/b&gt; of %2 &lt;i&gt;%3&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (&amp;PII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;%2&lt;/i&gt; (%3, version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data product</source>
        <translation type="unfinished">Data product</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished">Contract</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (kept with the proposal for the reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit becomes a new version that a governance owner of &apos;%1&apos; reviews (four-eyes). Nothing changes until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation type="unfinished">(no domain)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) for it are pending already; this one is based on the approved version.</source>
        <translation>
            <numerusform>%n proposal for it is pending already; this one is based on the approved version.</numerusform>
            <numerusform>%n proposals for it are pending already; this one is based on the approved version.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reviewer will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change something to propose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::DiffModel</name>
    <message>
        <source>breaking</source>
        <translation>breaking</translation>
    </message>
    <message>
        <source>non-breaking</source>
        <translation>non-breaking</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>meshdesk::DocPath</name>
    <message>
        <source>path &apos;%1&apos;, at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [number] or [key=value]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]&apos; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;.&apos; or &apos;[&apos; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a key; put the key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty or ends with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::DocumentationDialog</name>
    <message>
        <source>MeshDesk documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documentation is not part of this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::Editor</name>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole document cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the &apos;:&apos; after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list item cannot be replaced in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add to an empty block mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty list item cannot be removed in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list item cannot be removed in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key cannot be removed in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::EntityHtml</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshdesk::GovernanceDashboard</name>
    <message numerus="yes">
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); none decided yet.</source>
        <translation>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n change; none decided yet.</numerusform>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n changes; none decided yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); median time to decision %1 h.</source>
        <translation>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n change; median time to decision %1 h.</numerusform>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n changes; median time to decision %1 h.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Changes per week by outcome</source>
        <translation>Changes per week by outcome</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Breaking</translation>
    </message>
    <message>
        <source>Not breaking</source>
        <translation>Not breaking</translation>
    </message>
    <message>
        <source>Breaking share: %1%</source>
        <translation>Breaking share: %1%</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Policy findings</translation>
    </message>
    <message>
        <source>Policy findings per domain (current versions)</source>
        <translation>Policy findings per domain (current versions)</translation>
    </message>
</context>
<context>
    <name>meshdesk::HelpDialogs</name>
    <message>
        <source>&lt;h2&gt;MeshDesk %1&lt;/h2&gt;&lt;p&gt;A desktop data catalog and governance console for data mesh: domains, data products, contracts and their schemas, reviews, lineage and live Kafka data.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Running on:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::IdentityDialog</name>
    <message>
        <source>passphrase-protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo key (not protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file named by MESHDESK_KEY_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is stored encrypted with this passphrase (at least 8 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act as this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts in MeshDesk is proven by a key, not by a typed name: every proposal, decision and role change is signed with the private key of the acting identity. The private key never leaves this machine; give others the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (letters, digits and . _ @ -):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key (OpenSSH ed25519 or MeshDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act under the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of %1 is on the clipboard%2. Give it to an admin of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Roles</translation>
    </message>
    <message>
        <source>Admitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmit a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Name:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with its owner (by phone or chat) before you admit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed; acts signed by the key from now on are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished">Domain:</translation>
    </message>
    <message>
        <source>Role revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, key %2 (%3). Export the public key and give it to an admin of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission of %1 is queued for the team log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin of this catalog admits members and grants roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog has no signed acts yet: its first act (an import) makes the acting identity its admin and trust root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog trust root: %1 (the key of %2, who created it). Compare it with the creator&apos;s by phone or chat, as you would an SSH host key.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removed member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Only admins admit members and grant roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: </source>
        <translation>
            <numerusform>%n file read: </numerusform>
            <numerusform>%n files read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n added, </numerusform>
            <numerusform>%n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unchanged, </numerusform>
            <numerusform>%n unchanged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s), </source>
        <translation>
            <numerusform>%n pending change, </numerusform>
            <numerusform>%n pending changes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected.</source>
        <translation>
            <numerusform>%n file rejected.</numerusform>
            <numerusform>%n files rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source> Cancelled before the end.</source>
        <translation> Cancelled before the end.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation>%1 %2 added</translation>
    </message>
    <message>
        <source>%1 %2 unchanged</source>
        <translation>%1 %2 unchanged</translation>
    </message>
    <message>
        <source>%1 %2: pending change #%3</source>
        <translation>%1 %2: pending change #%3</translation>
    </message>
    <message>
        <source>Double-click to review</source>
        <translation>Double-click to review</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message numerus="yes">
        <source>%n sent to the team log, </source>
        <translation>
            <numerusform>%n sent to the team log, </numerusform>
            <numerusform>%n sent to the team log, </numerusform>
        </translation>
    </message>
    <message>
        <source>sent to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and sent to the team log: it is applied, on every desk alike, when it comes back from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped at a database error; %n file(s) not imported:</source>
        <translation>
            <numerusform>Stopped at a database error; %n file not imported:</numerusform>
            <numerusform>Stopped at a database error; %n files not imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import stopped at a database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::JsonTreeWidget</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished">Contract</translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n node(s); see the text view</source>
        <translation>
            <numerusform>more than %n node; see the text view</numerusform>
            <numerusform>more than %n nodes; see the text view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: too large for the tree; see the text view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::KafkaConnectionsDialog</name>
    <message>
        <source>Kafka connections</source>
        <translation>Kafka connections</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Watermarks (low-high)</source>
        <translation>Watermarks (low-high)</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation type="unfinished">Data product</translation>
    </message>
    <message>
        <source>Double-click a topic to open the data product that publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap servers:</translation>
    </message>
    <message>
        <source>Security protocol:</source>
        <translation>Security protocol:</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>SASL mechanism:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>A profile needs a name and bootstrap servers.</source>
        <translation>A profile needs a name and bootstrap servers.</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <source>Profile %1 saved; the password is in the system keychain.</source>
        <translation>Profile %1 saved; the password is in the system keychain.</translation>
    </message>
    <message>
        <source>Profile %1 saved. No keychain is available (%2): the password is kept for this session only.</source>
        <translation>Profile %1 saved. No keychain is available (%2): the password is kept for this session only.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s), </source>
        <translation>
            <numerusform>Connected: %n broker, </numerusform>
            <numerusform>Connected: %n brokers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s).</source>
        <translation>
            <numerusform>%n topic.</numerusform>
            <numerusform>%n topics.</numerusform>
        </translation>
    </message>
    <message>
        <source> Some watermarks are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described by contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Browse…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the profile, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile %1 and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::KafkaDashboard</name>
    <message>
        <source>Measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation type="unfinished">Data product</translation>
    </message>
    <message>
        <source>Messages checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;Sampling the catalog&apos;s Kafka topics on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;No contract of the catalog is published on Kafka (a server of type kafka with a topic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Live data&lt;/h3&gt;%n topic(s); no messages on them yet.</source>
        <translation>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topic; no messages on them yet.</numerusform>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topics; no messages on them yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Live data&lt;/h3&gt;%n topic(s); </source>
        <translation>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topic; </numerusform>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topics; </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 recent messages conform to their contract (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformance to the contract, per topic (% of recent messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no messages yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::LineageView</name>
    <message>
        <source>Find a product…</source>
        <translation>Find a product…</translation>
    </message>
    <message>
        <source>up </source>
        <translation>up </translation>
    </message>
    <message>
        <source>down </source>
        <translation>down </translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Path to product…</source>
        <translation>Path to product…</translation>
    </message>
    <message>
        <source>Whole mesh</source>
        <translation>Whole mesh</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>Logic</translation>
    </message>
    <message>
        <source>View as SVG…</source>
        <translation>View as SVG…</translation>
    </message>
    <message>
        <source>View as PNG…</source>
        <translation>View as PNG…</translation>
    </message>
    <message>
        <source>Graph as DOT…</source>
        <translation>Graph as DOT…</translation>
    </message>
    <message>
        <source>Graph as JSON…</source>
        <translation>Graph as JSON…</translation>
    </message>
    <message>
        <source>Export lineage</source>
        <translation>Export lineage</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
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
        <translation>No product &apos;%1&apos; in the lineage graph.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) with declared lineage</source>
        <translation>
            <numerusform>%1: %n field with declared lineage</numerusform>
            <numerusform>%1: %n fields with declared lineage</numerusform>
        </translation>
    </message>
    <message>
        <source>Its contracts declare no field-level lineage (transformSourceObjects).</source>
        <translation>Its contracts declare no field-level lineage (transformSourceObjects).</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>No product matches &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown, %3 layers, %4 crossings</source>
        <translation>%1 of %2 nodes shown, %3 layers, %4 crossings</translation>
    </message>
    <message numerus="yes">
        <source> — %n dangling reference(s)</source>
        <translation>
            <numerusform> — %n dangling reference</numerusform>
            <numerusform> — %n dangling references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n cycle(s), marked dashed</source>
        <translation>
            <numerusform> — %n cycle, marked dashed</numerusform>
            <numerusform> — %n cycles, marked dashed</numerusform>
        </translation>
    </message>
    <message>
        <source>MeshDesk lineage</source>
        <translation>MeshDesk lineage</translation>
    </message>
    <message>
        <source>The shortest path between the focus and a product (name or id; P on the graph)</source>
        <translation>The shortest path between the focus and a product (name or id; P on the graph)</translation>
    </message>
    <message>
        <source>Find a product by name or id (F on the graph)</source>
        <translation>Find a product by name or id (F on the graph)</translation>
    </message>
    <message>
        <source>Every product of the catalog (W on the graph)</source>
        <translation>Every product of the catalog (W on the graph)</translation>
    </message>
    <message>
        <source>Show everything (0 on the graph)</source>
        <translation>Show everything (0 on the graph)</translation>
    </message>
    <message>
        <source>Type a product&apos;s name or id.</source>
        <translation>Type a product&apos;s name or id.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; matches %n products: %2</source>
        <translation>
            <numerusform>&apos;%1&apos; matches %n product: %2</numerusform>
            <numerusform>&apos;%1&apos; matches %n products: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) downstream of %1.</source>
        <translation>
            <numerusform>%n product downstream of %1.</numerusform>
            <numerusform>%n products downstream of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>No path between %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s): %1</source>
        <translation>
            <numerusform>Path of %n step: %1</numerusform>
            <numerusform>Path of %n steps: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus a product first: the path runs from it.</source>
        <translation>Focus a product first: the path runs from it.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>Import contracts and products</source>
        <translation>Import contracts and products</translation>
    </message>
    <message>
        <source>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Import f&amp;older…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
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
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verify audit log</translation>
    </message>
    <message>
        <source>Export evidence for a &amp;period…</source>
        <translation>Export evidence for a &amp;period…</translation>
    </message>
    <message>
        <source>Export the audit log to</source>
        <translation>Export the audit log to</translation>
    </message>
    <message>
        <source>Evidence written to %1</source>
        <translation>Evidence written to %1</translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Policies…</translation>
    </message>
    <message>
        <source>&amp;Kafka connections…</source>
        <translation>&amp;Kafka connections…</translation>
    </message>
    <message>
        <source>demo broker</source>
        <translation>demo broker</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>View source</source>
        <translation>View source</translation>
    </message>
    <message>
        <source>Live messages</source>
        <translation>Live messages</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the evidence pack to</source>
        <translation>Export the evidence pack to</translation>
    </message>
    <message>
        <source>Evidence pack of change #%1 written to %2</source>
        <translation>Evidence pack of change #%1 written to %2</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <source>There is no %1 &apos;%2&apos; in this catalog.</source>
        <translation>There is no %1 &apos;%2&apos; in this catalog.</translation>
    </message>
    <message>
        <source>The stored source of %1 &apos;%2&apos; no longer parses.</source>
        <translation>The stored source of %1 &apos;%2&apos; no longer parses.</translation>
    </message>
    <message numerus="yes">
        <source>Import: %n file(s) read, </source>
        <translation>
            <numerusform>Import: %n file read, </numerusform>
            <numerusform>Import: %n files read, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n added, </numerusform>
            <numerusform>%n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s), </source>
        <translation>
            <numerusform>%n pending change, </numerusform>
            <numerusform>%n pending changes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>the contracts&apos; servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract names no bootstrap server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Copy field path</source>
        <translation>Copy field path</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unlock %1&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the private key of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identities and members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing is an act signed by the acting identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot act as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 — no key on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not a member of this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint %1
Click to manage identities and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision on change #%1 is signed and queued; it applies when it is in the team log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 approved by %2 (signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 rejected by %2 (signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the audit log fails at %1: %2. The catalog was changed outside MeshDesk or without the right key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n signed act(s) verified</source>
        <translation>
            <numerusform>Audit log intact: %n signed act verified</numerusform>
            <numerusform>Audit log intact: %n signed acts verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) from before signing</source>
        <translation>
            <numerusform>, %n row from before signing</numerusform>
            <numerusform>, %n rows from before signing</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Team</translation>
    </message>
    <message>
        <source>The admission of %1 is signed and queued for the team log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a team log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a team log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka bootstrap servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust root fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the catalog&apos;s creator for the trust root fingerprint and compare it by phone or chat. The team&apos;s catalog is read into a new file; an admin then admits your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog&apos;s history is published to the topic (created with one partition and infinite retention if it does not exist; it must be empty). Give joiners the trust root fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent to the team log, </source>
        <translation>
            <numerusform>%n sent to the team log, </numerusform>
            <numerusform>%n sent to the team log, </numerusform>
        </translation>
    </message>
    <message>
        <source>The team log refused an act of this desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team: synced · %n queued</source>
        <translation>
            <numerusform>Team: synced · %n queued</numerusform>
            <numerusform>Team: synced · %n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n queued</source>
        <translation>
            <numerusform>Team: offline · %n queued</numerusform>
            <numerusform>Team: offline · %n queued</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already: joining reads the team&apos;s catalog into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is read-only for you (%1): you can browse and search it; importing and deciding are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is read-only for you: nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not switched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is read-only for you: decisions cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;overnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Mesh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data product to remove from the mesh first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MeshDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MeshDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products, contracts, fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 hits. &lt;a href=&apos;all&apos;&gt;Show all&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 hits; refine the search to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this catalog: an admin admits their key first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing is an act signed by the acting identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: proposed; it reaches the review once the team log has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: proposed as change #%3 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to this %1 is waiting for review: change #%2 (%3 → %4), proposed by %5 on %6. &lt;a href=&apos;review:%2&apos;&gt;Review it&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to its contract %1 is waiting for review: change #%2 (%3 → %4), proposed by %5 on %6. &lt;a href=&apos;review:%2&apos;&gt;Review it&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::Mapper</name>
    <message>
        <source>%1 has no place for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no field %1 in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field edit names the schema object and the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PII flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only contracts have fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classification &apos;pii&apos; marks %1 as personal data: change the classification as well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::MessageModel</name>
    <message>
        <source>violation %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… %1 more bytes (the message has %2 bytes; the first %3 are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
</context>
<context>
    <name>meshdesk::PoliciesDialog</name>
    <message>
        <source>Policies of this catalog</source>
        <translation>Policies of this catalog</translation>
    </message>
    <message>
        <source>Only an admin of this catalog changes its policies; %1 is not one.</source>
        <translation>Only an admin of this catalog changes its policies; %1 is not one.</translation>
    </message>
</context>
<context>
    <name>meshdesk::RemoveFromMeshDialog</name>
    <message>
        <source>Remove from Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deprecate: its readers are told; it stays readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire: it leaves the mesh (only once deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Owner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished">Domain</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished">Depth</translation>
    </message>
    <message>
        <source>Why it goes although they read it (recorded in the proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of the product with this status, signed by you and reviewed by a governance owner (four-eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), now &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) still read it (transitively):</source>
        <translation>
            <numerusform>%n product still reads it (transitively):</numerusform>
            <numerusform>%n products still read it (transitively):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire it &amp;although %n product(s) still read it</source>
        <translation>
            <numerusform>Retire it &amp;although %n product still reads it</numerusform>
            <numerusform>Retire it &amp;although %n products still read it</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposes the product with status retired; it leaves the mesh when a governance owner approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes the product with status deprecated; the review shows its readers to the governance owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason it is retired although others read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others still read it: tick the override and give a reason, or wait until they have moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::ReviewPage</name>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Breaking</translation>
    </message>
    <message>
        <source>Non-breaking</source>
        <translation>Non-breaking</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Downstream product</source>
        <translation>Downstream product</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Via contract</source>
        <translation>Via contract</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>Comment (required to reject)</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Export evidence…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Policies&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Downstream impact&lt;/b&gt; (products that read the changed output, transitively)</source>
        <translation>&lt;b&gt;Downstream impact&lt;/b&gt; (products that read the changed output, transitively)</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Show lineage</translation>
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
        <translation>&lt;h2&gt;Change #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 → %2, proposed by &lt;b&gt;%3&lt;/b&gt; at %4. Status: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;p&gt;%1 → %2, proposed by &lt;b&gt;%3&lt;/b&gt; at %4. Status: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; breaking, %2 non-breaking, %3 info</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; breaking, %2 non-breaking, %3 info</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>No product reads it</source>
        <translation>No product reads it</translation>
    </message>
    <message>
        <source>Nothing breaking</source>
        <translation>Nothing breaking</translation>
    </message>
    <message>
        <source>You proposed this change; another governance owner decides (four-eyes).</source>
        <translation>You proposed this change; another governance owner decides (four-eyes).</translation>
    </message>
    <message>
        <source>Proposal: not signed (kept from before signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal signed by %1 with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: not signed (kept from before signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signed by %1 with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Old&lt;/b&gt; (removed in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New&lt;/b&gt; (added in green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(none)</translation>
    </message>
    <message>
        <source> by &lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retires the product: it leaves the mesh. %n product(s) still read it.</source>
        <translation>
            <numerusform>Retires the product: it leaves the mesh. %n product still reads it.</numerusform>
            <numerusform>Retires the product: it leaves the mesh. %n products still read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deprecates the product: its readers are told. %n product(s) still read it.</source>
        <translation>
            <numerusform>Deprecates the product: its readers are told. %n product still reads it.</numerusform>
            <numerusform>Deprecates the product: its readers are told. %n products still read it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (no owner named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n breaking change(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n breaking change:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n breaking changes:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No product in the catalog reads it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n downstream product(s) are affected:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n downstream product is affected:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n downstream products are affected:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve a breaking change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Approve change #%1 to %2?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in the comment box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 is already decided; a decided change cannot be decided again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curation edit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new data product made with the Create wizard: it reads %1; topic %2, service level %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer&apos;s comment: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaModel</name>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
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
        <translation>Field</translation>
    </message>
    <message>
        <source>Logical type</source>
        <translation>Logical type</translation>
    </message>
    <message>
        <source>Physical type</source>
        <translation>Physical type</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern / format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision %1, scale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished">Path</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished">Id</translation>
    </message>
    <message>
        <source>Physical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation type="unfinished">Custom properties</translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro type aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not expanded here: a recursive or much reused type, shown where it is first used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical data element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaPanel</name>
    <message>
        <source>Filter fields (name, type, values, description…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished">Expand all</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished">Collapse all</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object or a field to see everything it declares.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::SearchResultsModel</name>
    <message>
        <source>Data products (%1)</source>
        <translation>Data products (%1)</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Contracts (%1)</translation>
    </message>
    <message>
        <source>Schema objects (%1)</source>
        <translation>Schema objects (%1)</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Fields (%1)</translation>
    </message>
    <message>
        <source>Domains (%1)</source>
        <translation>Domains (%1)</translation>
    </message>
</context>
<context>
    <name>meshdesk::SelfServeActions</name>
    <message>
        <source>E&amp;xport as standard document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the open product or contract as its standard document (unknown fields, key order and comments kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an &amp;edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description, tags or owner: a new version for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an edit of this &amp;field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the field&apos;s description, classification or PII flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Mesh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate, then retire the product: proposals that show who still reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create data product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new data product from existing products&apos; output ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML and JSON (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, version %3 (%4), written to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 version %3: proposed; it reaches the review once the team log has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 proposed: %2 %3 version %4 waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field of the schema to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of %2: proposed; it reaches the review once the team log has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 proposed: field %2 of %3 waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data product %1 proposed (status &apos;proposed&apos;) with contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; topic %1 created on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reaches the catalog once the team log has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Default: catalog.sqlite in the application data folder</source>
        <translation>Default: catalog.sqlite in the application data folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Catalog database</source>
        <translation>Catalog database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Catalog database:</source>
        <translation>Catalog database:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>The database and the language take effect the next time MeshDesk starts.</source>
        <translation>The database and the language take effect the next time MeshDesk starts.</translation>
    </message>
    <message>
        <source>%1 (demo key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no key on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting identity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (also from anywhere but View source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in View source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the change under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished">Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Reject the change under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished">Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Copy a field&apos;s path (Schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage: zoom in, zoom out, fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::SourceView</name>
    <message>
        <source>Find in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshdesk::StartPage</name>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new window with the demo catalog in a temporary database and a demo Kafka broker; this catalog is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage of the whole mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;MeshDesk&lt;/h2&gt;&lt;p&gt;Catalog: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;This catalog is empty&lt;/h3&gt;&lt;p&gt;Import data contracts and data products (ODCS, Data Contract Specification, ODPS, Data Product Specification, Avro schemas): one file at a time, a whole folder, or drop files on the window.&lt;/p&gt;&lt;p&gt;Or look around the demo catalog first: twelve data products in five domains, a pending change to review, live Kafka topics.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;In this catalog&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for review&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recently opened&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: open a product or a contract from the tree or the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::TeamPanel</name>
    <message>
        <source>Create a team log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a team log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished">Offset</translation>
    </message>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Join requests&lt;/b&gt; (compare the fingerprint with the person before you admit them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Set aside&lt;/b&gt; (events this desk did not apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: read up to offset %1; %n act(s) of this desk queued.</source>
        <translation>
            <numerusform>Connected: read up to offset %1; %n act of this desk queued.</numerusform>
            <numerusform>Connected: read up to offset %1; %n acts of this desk queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1): %n act(s) of this desk queued, published on reconnect; read up to offset %2.</source>
        <translation>
            <numerusform>Offline (%1): %n act of this desk queued, published on reconnect; read up to offset %2.</numerusform>
            <numerusform>Offline (%1): %n acts of this desk queued, published on reconnect; read up to offset %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is kept on this desk only. Create a team log on a Kafka topic to share it, or join one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team log &lt;b&gt;%1&lt;/b&gt; on %2%3 · trust root %4 · catalog digest %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin admits members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::TopicMeshBrowser</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation type="unfinished">Data product</translation>
    </message>
    <message>
        <source>Double-click a topic in the mesh to open its data product, one not in the mesh to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression over the topic name; its group &quot;domain&quot; (or its first group) names the domain of a topic no product publishes. Default: the part before the first dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Mesh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infer a contract from the topic&apos;s messages, describe the product and publish it through governance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain from the topic name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No domain (the naming rule finds none): %n topic(s)</source>
        <translation>
            <numerusform>No domain (the naming rule finds none): %n topic</numerusform>
            <numerusform>No domain (the naming rule finds none): %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n topic(s)</source>
        <translation>
            <numerusform>%1: %n topic</numerusform>
            <numerusform>%1: %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (a new domain): %n topic(s)</source>
        <translation>
            <numerusform>%1 (a new domain): %n topic</numerusform>
            <numerusform>%1 (a new domain): %n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>contract %1 (no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described by contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the mesh: %n topic(s)</source>
        <translation>
            <numerusform>In the mesh: %n topic</numerusform>
            <numerusform>In the mesh: %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the mesh: %n topic(s)</source>
        <translation>
            <numerusform>Not in the mesh: %n topic</numerusform>
            <numerusform>Not in the mesh: %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshdesk::TopicView</name>
    <message>
        <source>bootstrap servers</source>
        <translation>bootstrap servers</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>Connection profile (Governance &gt; Kafka connections): security protocol, SASL and CA file for the bootstrap servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last N per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation>From the beginning</translation>
    </message>
    <message>
        <source>From offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset to start at in every partition (clamped to what it holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro, Schema Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How values are decoded: JSON; Avro binary with the contract&apos;s schema (also the Confluent wire format); or with the schemas of a Schema Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Registry URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages kept in the table; older ones are dropped (the counters stay exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live tail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Only violations</source>
        <translation>Only violations</translation>
    </message>
    <message>
        <source>Filter key and value…</source>
        <translation>Filter key and value…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>messages/s</translation>
    </message>
    <message>
        <source>violations/s</source>
        <translation>violations/s</translation>
    </message>
    <message>
        <source>No profile (plaintext)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the password of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1).
Password of %2 for this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: no password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>%1 messages, %2% conform to the contract</source>
        <translation>%1 messages, %2% conform to the contract</translation>
    </message>
</context>
<context>
    <name>meshdesk::action</name>
    <message>
        <source>genesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::cli</name>
    <message>
        <source>usage: meshdesk import [--db FILE] [--as USER] PATH...</source>
        <translation>usage: meshdesk import [--db FILE] [--as USER] PATH...</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>importing %1 of %2 files</source>
        <translation>importing %1 of %2 files</translation>
    </message>
    <message>
        <source>%1 %2: differs from the approved version; pending change #%3 created
</source>
        <translation>%1 %2: differs from the approved version; pending change #%3 created
</translation>
    </message>
    <message>
        <source>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</source>
        <translation>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</translation>
    </message>
    <message>
        <source>usage: meshdesk list domains|products|contracts|changes [--json]</source>
        <translation>usage: meshdesk list domains|products|contracts|changes [--json]</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>PRODUCTS</translation>
    </message>
    <message>
        <source>CONTRACTS</source>
        <translation>CONTRACTS</translation>
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
        <translation>KIND</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONS</translation>
    </message>
    <message>
        <source>PROPOSER</source>
        <translation>PROPOSER</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
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
        <translation>OWNER</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDING</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>items: %1
</source>
        <translation>items: %1
</translation>
    </message>
    <message>
        <source>usage: meshdesk show product|contract ID [--json]</source>
        <translation>usage: meshdesk show product|contract ID [--json]</translation>
    </message>
    <message>
        <source>no %1 with id &apos;%2&apos;</source>
        <translation>no %1 with id &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the stored source no longer parses</source>
        <translation>%1 &apos;%2&apos;: the stored source no longer parses</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
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
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Input:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Output:</translation>
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
Object %1 (%2 fields)
</translation>
    </message>
    <message>
        <source>
Versions:
</source>
        <translation>
Versions:
</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>usage: meshdesk search TEXT [--json]</source>
        <translation>usage: meshdesk search TEXT [--json]</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>MATCH</translation>
    </message>
    <message>
        <source>%1: a diff compares files holding one document each; this one has %2</source>
        <translation>%1: a diff compares files holding one document each; this one has %2</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>No changes.
</translation>
    </message>
    <message>
        <source>BREAKING</source>
        <translation>BREAKING</translation>
    </message>
    <message>
        <source>Non-breaking</source>
        <translation>Non-breaking</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4: %5 breaking, %6 non-breaking, %7 info
</source>
        <translation>%1 %2: %3 -&gt; %4: %5 breaking, %6 non-breaking, %7 info
</translation>
    </message>
    <message>
        <source>
Avro compatibility (Schema Registry terms): %1
</source>
        <translation>
Avro compatibility (Schema Registry terms): %1
</translation>
    </message>
    <message>
        <source>  not BACKWARD: %1
</source>
        <translation>  not BACKWARD: %1
</translation>
    </message>
    <message>
        <source>  not FORWARD: %1
</source>
        <translation>  not FORWARD: %1
</translation>
    </message>
    <message>
        <source>Change #%1 (%2): %3 %4, %5 -&gt; %6, proposed by %7 at %8
</source>
        <translation>Change #%1 (%2): %3 %4, %5 -&gt; %6, proposed by %7 at %8
</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3
</source>
        <translation>Decided by %1 at %2: %3
</translation>
    </message>
    <message>
        <source>
Policies:
</source>
        <translation>
Policies:
</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>
Downstream impact:
</source>
        <translation>
Downstream impact:
</translation>
    </message>
    <message>
        <source>  no product reads it
</source>
        <translation>  no product reads it
</translation>
    </message>
    <message>
        <source>  nothing breaking
</source>
        <translation>  nothing breaking
</translation>
    </message>
    <message>
        <source>usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]</source>
        <translation>usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation>GRANTED BY</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role list</source>
        <translation>usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role list</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4
</source>
        <translation>%1: %2 %3 %4
</translation>
    </message>
    <message>
        <source>usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export --out DIR [--change ID | --from DATE --to DATE]</source>
        <translation>usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export --out DIR [--change ID | --from DATE --to DATE]</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTOR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>audit export needs --out DIR</source>
        <translation>audit export needs --out DIR</translation>
    </message>
    <message>
        <source>wrote %1.md and %1.csv
</source>
        <translation>wrote %1.md and %1.csv
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>usage: meshdesk policy list | policy enable|disable ID --as ADMIN</source>
        <translation>usage: meshdesk policy list | policy enable|disable ID --as ADMIN</translation>
    </message>
    <message>
        <source>policy %1 %2d
</source>
        <translation>policy %1 %2d
</translation>
    </message>
    <message>
        <source>usage: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]</source>
        <translation>usage: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>warning: the mesh has a cycle: %1</source>
        <translation>warning: the mesh has a cycle: %1</translation>
    </message>
    <message>
        <source>no product with id &apos;%1&apos;</source>
        <translation>no product with id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not a contract</source>
        <translation>%1: not a contract</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no output contract with a Kafka server for topic &apos;%2&apos;</source>
        <translation>product &apos;%1&apos; has no output contract with a Kafka server for topic &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the contract has no schema</source>
        <translation>the contract has no schema</translation>
    </message>
    <message>
        <source>no Kafka connection profile named &apos;%1&apos; (Governance &gt; Kafka connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; needs a password: set MESHDESK_KAFKA_PASSWORD (the keychain did not answer: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--max N] [--timeout S] [--contract FILE | --product ID] [--format json|text|hex] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format avro needs --contract, --product or --registry</source>
        <translation>--format avro needs --contract, --product or --registry</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 partition(s); %3 violate the contract
</source>
        <translation>%1 message(s) from %2 partition(s); %3 violate the contract
</translation>
    </message>
    <message numerus="yes">
        <source>demo broker stopped after %n event(s)
</source>
        <translation>
            <numerusform>demo broker stopped after %n event
</numerusform>
            <numerusform>demo broker stopped after %n events
</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see meshdesk --help</source>
        <translation>unknown command &apos;%1&apos;; see meshdesk --help</translation>
    </message>
    <message>
        <source>change #%1 %2 by %3 (signed act %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n signed act(s) verified</source>
        <translation>
            <numerusform>audit log intact: %n signed act verified</numerusform>
            <numerusform>audit log intact: %n signed acts verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) from before signing</source>
        <translation>
            <numerusform>, %n row from before signing</numerusform>
            <numerusform>, %n rows from before signing</numerusform>
        </translation>
    </message>
    <message>
        <source>; trust root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log BROKEN at %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1&apos;s key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk identity import PRIVATE_KEY_FILE [--as NAME] [--storage keychain|file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--storage is keychain or file, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2 %3 %4
 {1:?} {2?}</translation>
    </message>
    <message>
        <source>no system keychain (%1): the key goes into a passphrase-protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given (set MESHDESK_KEY_PASSPHRASE for scripts, or run in a terminal); nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity %1 created: %2 (%3)
share the public key with your catalog&apos;s admin: meshdesk identity export-public --as %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk identity show|create|export-public|list|import [--as NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member of this catalog (root %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of this catalog (root %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  fingerprint %2
  stored in %3%4
  %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMITTED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished">removed</translation>
    </message>
    <message>
        <source>usage: meshdesk member add NAME --key PUBLIC_KEY_FILE_OR_LINE --as ADMIN | member remove NAME --as ADMIN | member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
</source>
        <translation type="unfinished">%1 %2
</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) submitted</source>
        <translation>
            <numerusform>%n file submitted</numerusform>
            <numerusform>%n files submitted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files signed and queued for the team log (applied when they come back from it; `team sync` publishes now)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change #%1: the decision of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <translation type="unfinished">%1: %2 %3 %4
 {1:?} {2 %3 %4?}</translation>
    </message>
    <message>
        <source>policy %1 %2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>no Kafka bootstrap servers: --bootstrap HOSTS or --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: %1 (queued acts stay queued; the next sync publishes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team log refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: queued (offline: %2); the next sync publishes it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: applied from the team log (offset %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk team create --bootstrap HOSTS --topic T [--profile P] | team join --bootstrap HOSTS --topic T --fingerprint SHA256:… --db NEW_FILE | team status [--json] | team sync [--follow] | team admit NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 needs --topic T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not bound to a team log (meshdesk team create | team join)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk team admit NAME --as ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 admitted with key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no join request from &apos;%1&apos; (meshdesk team status lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced: %1 applied, %2 set aside, %3 published; offset %4 of %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team log %1 on %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  connected; read up to offset %1 of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offline (%1); read up to offset %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n act(s) queued here, not yet in the log
</source>
        <translation>
            <numerusform>  %n act queued here, not yet in the log
</numerusform>
            <numerusform>  %n acts queued here, not yet in the log
</numerusform>
        </translation>
    </message>
    <message>
        <source>  trust root %1
  catalog digest %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking to join (meshdesk team admit NAME):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside (never applied):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offset %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting user: %1 (pass --as NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: the import stopped at a database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import stopped at this database error: %n file(s) not imported</source>
        <translation>
            <numerusform>import stopped at this database error: %n file not imported</numerusform>
            <numerusform>import stopped at this database error: %n files not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>database file DAMAGED (SQLite&apos;s integrity check): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk diff OLD_FILE NEW_FILE [--json | --format text|json|datacontract-cli]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  removal from the mesh: %1; %n product(s) still read it
</source>
        <translation>
            <numerusform>  removal from the mesh: %1; %n product still reads it
</numerusform>
            <numerusform>  removal from the mesh: %1; %n products still read it
</numerusform>
        </translation>
    </message>
    <message>
        <source>  retirement override: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --comment TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk retire PRODUCT_ID --as USER [--override REASON]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk deprecate PRODUCT_ID --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product reads %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) still read %1:
</source>
        <translation>
            <numerusform>%n product still reads %1:
</numerusform>
            <numerusform>%n products still read %1:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 proposed as change #%4 (signed act %5); it takes effect when a governance owner approves it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker %1 is reachable again: following &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker %1 is unreachable: %2 (still trying; nothing is lost meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk infer --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--format json|avro] [--registry URL] [--contract SCHEMA.avsc] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drafted by MeshDesk from %n message(s) of topic %1 on %2 at %3.</source>
        <translation>
            <numerusform>Drafted by MeshDesk from %n message of topic %1 on %2 at %3.</numerusform>
            <numerusform>Drafted by MeshDesk from %n messages of topic %1 on %2 at %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review it before publishing: descriptions, owner, domain, service levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>inferred from %n message(s)</source>
        <translation>
            <numerusform>inferred from %n message</numerusform>
            <numerusform>inferred from %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: meshdesk export contract|product ID [--version V] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 version %3 (#%4, %5) written to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: meshdesk edit contract|product ID --set NAME=VALUE... [--comment TEXT] [--dry-run] [--json]
  NAME: description, usage, limitations, tags (a,b,c), owner, status, version,
        schema.OBJECT.FIELD.description|classification|pii (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: edit of %3 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 proposed as change #%4, version %5 -&gt; %6 (signed act %7); it takes effect when a governance owner approves it
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::governance</name>
    <message>
        <source>A breaking change needs a major version bump</source>
        <translation>A breaking change needs a major version bump</translation>
    </message>
    <message>
        <source>Every data product has an owner</source>
        <translation>Every data product has an owner</translation>
    </message>
    <message>
        <source>Every field has a description</source>
        <translation>Every field has a description</translation>
    </message>
    <message>
        <source>Fields that look like personal data declare a classification or PII</source>
        <translation>Fields that look like personal data declare a classification or PII</translation>
    </message>
    <message>
        <source>Every output port of a product has a contract</source>
        <translation>Every output port of a product has a contract</translation>
    </message>
    <message>
        <source>Status follows the lifecycle proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</source>
        <translation>Status follows the lifecycle proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</translation>
    </message>
    <message>
        <source>Rejecting a change needs a comment that says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data product declares its domain, a description, a quality tier and an output port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract declares a description, an owner, its fields and its service levels (SLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product that others still read is retired only with an explicit override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::identity::Keyring</name>
    <message>
        <source>no private key for &apos;%1&apos; on this machine (looked in %2%3): acting as someone needs their key; create one with &apos;meshdesk identity create --as %1&apos; or import it (&apos;meshdesk identity import FILE --as %1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and MESHDESK_KEY_FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::identity::TrustPins</name>
    <message>
        <source>the catalog&apos;s trust root is %1, but this desk verified it under %2 before: its whole log was signed again from a new start by another key. If the catalog was re-created on purpose, remove its line from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::kafka</name>
    <message numerus="yes">
        <source>partition %1: offsets %2-%3 were deleted by retention before they were read (%n message(s) skipped)</source>
        <translation>
            <numerusform>partition %1: offsets %2-%3 were deleted by retention before they were read (%n message skipped)</numerusform>
            <numerusform>partition %1: offsets %2-%3 were deleted by retention before they were read (%n messages skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>topic &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials used (none: PLAINTEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from a controller of %1 (%2): is the cluster reachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster refused to create topic &apos;%1&apos;: %2 may not create topics there (%3: %4). Ask the platform team for the CREATE permission on the topic or the cluster, or use a connection profile whose account has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &apos;%1&apos; already exists on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication factor %1 is refused: %2 Choose a service level with less replication for this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster refused to create topic &apos;%1&apos; (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::kafka::SamplerWorker</name>
    <message>
        <source>the contract&apos;s Avro schema is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>broker unreachable: %1 (retrying)</source>
        <translation>broker unreachable: %1 (retrying)</translation>
    </message>
    <message>
        <source>cannot sample: %1 (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>broker unreachable: %1 (reconnecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sample: topic &apos;%1&apos;: unknown topic (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1: offset %2 is not available and the partition&apos;s range could not be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1: offset %2 is past its end (%3): the partition was truncated or re-created; reading on from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::kind</name>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished">contract</translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::ledger</name>
    <message>
        <source>the genesis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::ledger::Ledger</name>
    <message>
        <source>there is no change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change #%1 was already approved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change #%1 was already rejected by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed this change; another governance owner must decide (four-eyes rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a governance owner of the domain &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(none)</translation>
    </message>
</context>
<context>
    <name>meshdesk::lineage::Graph</name>
    <message>
        <source>output port of %1 names contract &apos;%2&apos;, which is not imported (dangling reference)</source>
        <translation>output port of %1 names contract &apos;%2&apos;, which is not imported (dangling reference)</translation>
    </message>
</context>
<context>
    <name>meshdesk::selfserve</name>
    <message>
        <source>there is no %1 &apos;%2&apos; in this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no version %3; it has: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product id must be lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with the id &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract id must be lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract with the id &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs an owner (every data product has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one input product&apos;s output port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one field for the new product to expose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the output port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic name must be 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fields are exposed as &apos;%1&apos;: rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 comes from %2, which is not an input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with MeshDesk&apos;s Create data product wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with MeshDesk&apos;s Create data product wizard: the output contract of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents do not import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; or &apos;%2&apos; exists in the catalog already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored source of %1 &apos;%2&apos; no longer parses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to propose: the result is the same as the current version or a proposal that is already pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best effort: one partition, no replicas, a week of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three partitions, two replicas, 30 days of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six partitions, three replicas, a year of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold, latest state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six partitions, three replicas, the latest value of every key kept forever (compacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has changed since the edit began (a decision was taken meanwhile): open it again and make the edit on the version that is current now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to propose: the edits leave %1 &apos;%2&apos; as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to propose: change #%1 proposes exactly this already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::status</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished">approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished">rejected</translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished">live</translation>
    </message>
    <message>
        <source>development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
