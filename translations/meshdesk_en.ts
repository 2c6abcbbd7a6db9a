<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/LineageView.cpp" line="100"/>
        <source>external source</source>
        <translation>external source</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="147"/>
        <source>Focus here</source>
        <translation>Focus here</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="148"/>
        <source>Expand upstream</source>
        <translation>Expand upstream</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="150"/>
        <source>Expand downstream</source>
        <translation>Expand downstream</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="152"/>
        <source>Collapse upstream</source>
        <translation>Collapse upstream</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="154"/>
        <source>Collapse downstream</source>
        <translation>Collapse downstream</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="156"/>
        <source>Highlight impact</source>
        <translation>Highlight impact</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="159"/>
        <source>Show field lineage</source>
        <translation>Show field lineage</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="161"/>
        <source>Open product page</source>
        <translation>Open product page</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="198"/>
        <source>%1 (closes a cycle)</source>
        <translation>%1 (closes a cycle)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="145"/>
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
  lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]
  sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--contract FILE | --product ID]
  demo-broker [--seed]                    a Kafka-protocol broker on 127.0.0.1 until stopped

Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage, 3 database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169"/>
        <source>Catalog database file (default: $MESHDESK_DB or the app data folder).</source>
        <translation>Catalog database file (default: $MESHDESK_DB or the app data folder).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="174"/>
        <source>Act as this user (default: the OS login).</source>
        <translation>Act as this user (default: the OS login).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Print JSON (stable, documented in the README).</source>
        <translation>Print JSON (stable, documented in the README).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>Log debug messages to stderr.</source>
        <translation>Log debug messages to stderr.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="184"/>
        <source>Open the demo catalog in a fresh temporary database.</source>
        <translation>Open the demo catalog in a fresh temporary database.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="188"/>
        <source>User interface language (e.g. de, en).</source>
        <translation>User interface language (e.g. de, en).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="192"/>
        <source>Close the GUI after this many milliseconds (for scripted screenshots).</source>
        <translation>Close the GUI after this many milliseconds (for scripted screenshots).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="197"/>
        <source>Save a screenshot of the window to FILE before quitting.</source>
        <translation>Save a screenshot of the window to FILE before quitting.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="202"/>
        <source>Comment of a review decision (required to reject).</source>
        <translation>Comment of a review decision (required to reject).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="205"/>
        <source>Domain of a role.</source>
        <translation>Domain of a role.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="209"/>
        <source>Start of a period (ISO date).</source>
        <translation>Start of a period (ISO date).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="213"/>
        <source>End of a period (ISO date, exclusive).</source>
        <translation>End of a period (ISO date, exclusive).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="216"/>
        <source>Output folder.</source>
        <translation>Output folder.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="220"/>
        <source>A change id (evidence pack of one change).</source>
        <translation>A change id (evidence pack of one change).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="224"/>
        <source>GUI: open the review of this change.</source>
        <translation>GUI: open the review of this change.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="228"/>
        <source>GUI: open the governance dashboard.</source>
        <translation>GUI: open the governance dashboard.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="231"/>
        <source>GUI: open product:ID or contract:ID.</source>
        <translation>GUI: open product:ID or contract:ID.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="235"/>
        <source>GUI: the tab to show (a page: 0 overview, 1 schema, 2 source, 3 live messages; with --dashboard: 0 catalog, 1 governance, 2 live data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="242"/>
        <source>Lineage: the product to focus on.</source>
        <translation>Lineage: the product to focus on.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="246"/>
        <source>Lineage: steps upstream (default 1).</source>
        <translation>Lineage: steps upstream (default 1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="250"/>
        <source>Lineage: steps downstream (default 1).</source>
        <translation>Lineage: steps downstream (default 1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="254"/>
        <source>Lineage: list the transitive downstream products and owners.</source>
        <translation>Lineage: list the transitive downstream products and owners.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="258"/>
        <source>Lineage output: json, dot or svg.</source>
        <translation>Lineage output: json, dot or svg.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="262"/>
        <source>GUI: open the lineage view focused on this product.</source>
        <translation>GUI: open the lineage view focused on this product.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="268"/>
        <source>Sample: Kafka bootstrap servers.</source>
        <translation>Sample: Kafka bootstrap servers.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="271"/>
        <source>Sample: the topic.</source>
        <translation>Sample: the topic.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="275"/>
        <source>Sample: the last N messages per partition (default 10).</source>
        <translation>Sample: the last N messages per partition (default 10).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="280"/>
        <source>Sample: from the beginning of each partition.</source>
        <translation>Sample: from the beginning of each partition.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="283"/>
        <source>Sample: keep at most N messages (default 1000).</source>
        <translation>Sample: keep at most N messages (default 1000).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="287"/>
        <source>Sample: give up after S seconds (default 10).</source>
        <translation>Sample: give up after S seconds (default 10).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="291"/>
        <source>Sample: check messages against this contract file.</source>
        <translation>Sample: check messages against this contract file.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="295"/>
        <source>Demo broker: create the demo topics and feed them.</source>
        <translation>Demo broker: create the demo topics and feed them.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="300"/>
        <source>Sample: Schema Registry URL for the Confluent wire format.</source>
        <translation>Sample: Schema Registry URL for the Confluent wire format.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="306"/>
        <source>Sample: a saved Kafka connection profile (SASL/SSL); its password from MESHDESK_KAFKA_PASSWORD or the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="313"/>
        <source>Sample: from this offset in each partition.</source>
        <translation>Sample: from this offset in each partition.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="317"/>
        <source>Sample: keep printing new messages until stopped.</source>
        <translation>Sample: keep printing new messages until stopped.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="320"/>
        <source>Demo broker: the bootstrap port to listen on.</source>
        <translation>Demo broker: the bootstrap port to listen on.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="329"/>
        <source>Subcommand and its arguments.</source>
        <translation>Subcommand and its arguments.</translation>
    </message>
</context>
<context>
    <name>meshdesk</name>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="56"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="57"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="58"/>
        <location filename="../ui/EntityHtml.cpp" line="59"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="58"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="60"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="60"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="67"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="69"/>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="71"/>
        <source>Limitations:</source>
        <translation>Limitations:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="79"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="87"/>
        <source> (left %1)</source>
        <translation> (left %1)</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="102"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="109"/>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="113"/>
        <source>&lt;b&gt;current&lt;/b&gt;</source>
        <translation>&lt;b&gt;current&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="137"/>
        <source>data product</source>
        <translation>data product</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="140"/>
        <source>Show lineage (Ctrl+L)</source>
        <translation>Show lineage (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="142"/>
        <source>Input ports</source>
        <translation>Input ports</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="145"/>
        <source>None: a source-aligned product.</source>
        <translation>None: a source-aligned product.</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="151"/>
        <source>external source &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>external source &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="152"/>
        <source>&lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt; via &lt;a href=&apos;contract:%3&apos;&gt;%3&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt; via &lt;a href=&apos;contract:%3&apos;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="158"/>
        <source>Output ports</source>
        <translation>Output ports</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="167"/>
        <source>%1 topic &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>%1 topic &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="169"/>
        <source>live messages</source>
        <translation>live messages</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="180"/>
        <location filename="../ui/EntityHtml.cpp" line="257"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="183"/>
        <location filename="../ui/EntityHtml.cpp" line="260"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="183"/>
        <location filename="../ui/EntityHtml.cpp" line="260"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="183"/>
        <location filename="../ui/EntityHtml.cpp" line="260"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="185"/>
        <location filename="../ui/EntityHtml.cpp" line="262"/>
        <source>Custom properties</source>
        <translation>Custom properties</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="187"/>
        <location filename="../ui/EntityHtml.cpp" line="254"/>
        <location filename="../ui/EntityHtml.cpp" line="264"/>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="187"/>
        <location filename="../ui/EntityHtml.cpp" line="254"/>
        <location filename="../ui/EntityHtml.cpp" line="264"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="194"/>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="199"/>
        <source>Published by &lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt;</source>
        <translation>Published by &lt;a href=&apos;product:%1&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="202"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="210"/>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="214"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="214"/>
        <location filename="../ui/EntityHtml.cpp" line="248"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="214"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="227"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="233"/>
        <source>, approved by %1</source>
        <translation>, approved by %1</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="244"/>
        <source>Quality rules</source>
        <translation>Quality rules</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="248"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="248"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="248"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="248"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="250"/>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="254"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/EntityHtml.cpp" line="254"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogDashboard</name>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="81"/>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="84"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="84"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="89"/>
        <source>Right-click to export as PNG</source>
        <translation>Right-click to export as PNG</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="99"/>
        <source>Data products per domain</source>
        <translation>Data products per domain</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="99"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="107"/>
        <source>Contracts by status</source>
        <translation>Contracts by status</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="115"/>
        <source>Fields classified or PII, % per domain</source>
        <translation>Fields classified or PII, % per domain</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="115"/>
        <source>Classified %</source>
        <translation>Classified %</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="125"/>
        <source>Pending changes per domain</source>
        <translation>Pending changes per domain</translation>
    </message>
    <message>
        <location filename="../ui/CatalogDashboard.cpp" line="125"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogIconProxy</name>
    <message numerus="yes">
        <location filename="../ui/CatalogIconProxy.cpp" line="33"/>
        <source>%1  (%n pending)</source>
        <translation>
            <numerusform>%1  (%n pending)</numerusform>
            <numerusform>%1  (%n pending)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="53"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="54"/>
        <source>Data product</source>
        <translation>Data product</translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="54"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogTreeModel</name>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="34"/>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="217"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::ChangeListModel</name>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="90"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="92"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="94"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="96"/>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="98"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChangeListModel.cpp" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meshdesk::DiffModel</name>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="58"/>
        <source>breaking</source>
        <translation>breaking</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="60"/>
        <source>non-breaking</source>
        <translation>non-breaking</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="62"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="74"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="76"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="78"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="106"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="108"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="110"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="112"/>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DiffModel.cpp" line="114"/>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>meshdesk::EntityHtml</name>
    <message numerus="yes">
        <location filename="../ui/EntityHtml.cpp" line="206"/>
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
        <location filename="../ui/GovernanceDashboard.cpp" line="47"/>
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); none decided yet.</source>
        <translation>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n change; none decided yet.</numerusform>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n changes; none decided yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/GovernanceDashboard.cpp" line="48"/>
        <source>&lt;h3&gt;Governance&lt;/h3&gt;%n change(s); median time to decision %1 h.</source>
        <translation>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n change; median time to decision %1 h.</numerusform>
            <numerusform>&lt;h3&gt;Governance&lt;/h3&gt;%n changes; median time to decision %1 h.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="53"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="54"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="55"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="71"/>
        <source>Changes per week by outcome</source>
        <translation>Changes per week by outcome</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="87"/>
        <source>Breaking</source>
        <translation>Breaking</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="88"/>
        <source>Not breaking</source>
        <translation>Not breaking</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="91"/>
        <source>Breaking share: %1%</source>
        <translation>Breaking share: %1%</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="96"/>
        <source>Policy findings</source>
        <translation>Policy findings</translation>
    </message>
    <message>
        <location filename="../ui/GovernanceDashboard.cpp" line="109"/>
        <source>Policy findings per domain (current versions)</source>
        <translation>Policy findings per domain (current versions)</translation>
    </message>
</context>
<context>
    <name>meshdesk::ImportResultDialog</name>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="17"/>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="19"/>
        <source>%n file(s) read: </source>
        <translation>
            <numerusform>%n file read: </numerusform>
            <numerusform>%n files read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="20"/>
        <source>%n added, </source>
        <translation>
            <numerusform>%n added, </numerusform>
            <numerusform>%n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="20"/>
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unchanged, </numerusform>
            <numerusform>%n unchanged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="21"/>
        <source>%n pending change(s), </source>
        <translation>
            <numerusform>%n pending change, </numerusform>
            <numerusform>%n pending changes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportResultDialog.cpp" line="22"/>
        <source>%n file(s) rejected.</source>
        <translation>
            <numerusform>%n file rejected.</numerusform>
            <numerusform>%n files rejected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="23"/>
        <source> Cancelled before the end.</source>
        <translation> Cancelled before the end.</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="27"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="27"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="27"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="35"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="51"/>
        <source>%1 %2 added</source>
        <translation>%1 %2 added</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="54"/>
        <source>%1 %2 unchanged</source>
        <translation>%1 %2 unchanged</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="57"/>
        <source>%1 %2: pending change #%3</source>
        <translation>%1 %2: pending change #%3</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="64"/>
        <source>Double-click to review</source>
        <translation>Double-click to review</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="68"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../ui/ImportResultDialog.cpp" line="74"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>meshdesk::JsonTreeWidget</name>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="13"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="13"/>
        <source>Value</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="13"/>
        <source>Contract</source>
        <translation type="unfinished">Contract</translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="29"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/JsonTreeWidget.cpp" line="29"/>
        <source>more than %n node(s); see the text view</source>
        <translation>
            <numerusform>more than %n node; see the text view</numerusform>
            <numerusform>more than %n nodes; see the text view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/JsonTreeWidget.cpp" line="38"/>
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/JsonTreeWidget.cpp" line="45"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/JsonTreeWidget.cpp" line="55"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="77"/>
        <location filename="../ui/JsonTreeWidget.cpp" line="87"/>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="77"/>
        <source>%1 bytes: too large for the tree; see the text view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="98"/>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JsonTreeWidget.cpp" line="100"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::KafkaConnectionsDialog</name>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="28"/>
        <source>Kafka connections</source>
        <translation>Kafka connections</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="49"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="49"/>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="49"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="50"/>
        <source>Watermarks (low-high)</source>
        <translation>Watermarks (low-high)</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="50"/>
        <source>Data product</source>
        <translation type="unfinished">Data product</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="53"/>
        <source>Double-click a topic to open the data product that publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="60"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="61"/>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap servers:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="62"/>
        <source>Security protocol:</source>
        <translation>Security protocol:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="63"/>
        <source>SASL mechanism:</source>
        <translation>SASL mechanism:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="64"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="65"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="66"/>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="67"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="68"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="142"/>
        <source>A profile needs a name and bootstrap servers.</source>
        <translation>A profile needs a name and bootstrap servers.</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="155"/>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="165"/>
        <source>Profile %1 saved; the password is in the system keychain.</source>
        <translation>Profile %1 saved; the password is in the system keychain.</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="166"/>
        <source>Profile %1 saved. No keychain is available (%2): the password is kept for this session only.</source>
        <translation>Profile %1 saved. No keychain is available (%2): the password is kept for this session only.</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="175"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="184"/>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="188"/>
        <source>Connected: %n broker(s), </source>
        <translation>
            <numerusform>Connected: %n broker, </numerusform>
            <numerusform>Connected: %n brokers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="189"/>
        <source>%n topic(s).</source>
        <translation>
            <numerusform>%n topic.</numerusform>
            <numerusform>%n topics.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="192"/>
        <source> Some watermarks are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="226"/>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaConnectionsDialog.cpp" line="230"/>
        <source>Described by contract %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::KafkaDashboard</name>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="25"/>
        <source>Measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="32"/>
        <source>Topic</source>
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="32"/>
        <source>Data product</source>
        <translation type="unfinished">Data product</translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="32"/>
        <source>Messages checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="33"/>
        <source>Violating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="33"/>
        <source>Conformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="33"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="47"/>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;Sampling the catalog&apos;s Kafka topics on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="61"/>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;No contract of the catalog is published on Kafka (a server of type kafka with a topic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KafkaDashboard.cpp" line="64"/>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;%n topic(s); no messages on them yet.</source>
        <translation>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topic; no messages on them yet.</numerusform>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topics; no messages on them yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KafkaDashboard.cpp" line="66"/>
        <source>&lt;h3&gt;Live data&lt;/h3&gt;%n topic(s); </source>
        <translation>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topic; </numerusform>
            <numerusform>&lt;h3&gt;Live data&lt;/h3&gt;%n topics; </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="67"/>
        <source>%1 of %2 recent messages conform to their contract (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="75"/>
        <source>Conformance to the contract, per topic (% of recent messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="76"/>
        <source>conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KafkaDashboard.cpp" line="92"/>
        <source>no messages yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::LineageView</name>
    <message>
        <location filename="../ui/LineageView.cpp" line="432"/>
        <source>Find a product…</source>
        <translation>Find a product…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="436"/>
        <source>up </source>
        <translation>up </translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="440"/>
        <source>down </source>
        <translation>down </translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="441"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="443"/>
        <source>Path to product…</source>
        <translation>Path to product…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="444"/>
        <source>Whole mesh</source>
        <translation>Whole mesh</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="446"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="448"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="466"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="466"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="466"/>
        <source>Logic</source>
        <translation>Logic</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="501"/>
        <source>View as SVG…</source>
        <translation>View as SVG…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="502"/>
        <source>View as PNG…</source>
        <translation>View as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="503"/>
        <source>Graph as DOT…</source>
        <translation>Graph as DOT…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="504"/>
        <source>Graph as JSON…</source>
        <translation>Graph as JSON…</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="508"/>
        <source>Export lineage</source>
        <translation>Export lineage</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="510"/>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="513"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="516"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="519"/>
        <source>Graphviz (*.dot)</source>
        <translation>Graphviz (*.dot)</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="525"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="562"/>
        <source>No product &apos;%1&apos; in the lineage graph.</source>
        <translation>No product &apos;%1&apos; in the lineage graph.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LineageView.cpp" line="632"/>
        <source>%1: %n field(s) with declared lineage</source>
        <translation>
            <numerusform>%1: %n field with declared lineage</numerusform>
            <numerusform>%1: %n fields with declared lineage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="639"/>
        <source>Its contracts declare no field-level lineage (transformSourceObjects).</source>
        <translation>Its contracts declare no field-level lineage (transformSourceObjects).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LineageView.cpp" line="651"/>
        <source>%n product(s) downstream.</source>
        <translation>
            <numerusform>%n product downstream.</numerusform>
            <numerusform>%n products downstream.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="660"/>
        <source>No path from %1 to %2.</source>
        <translation>No path from %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LineageView.cpp" line="661"/>
        <source>Path of %n step(s).</source>
        <translation>
            <numerusform>Path of %n step.</numerusform>
            <numerusform>Path of %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="684"/>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>No product matches &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="734"/>
        <source>%1 of %2 nodes shown, %3 layers, %4 crossings</source>
        <translation>%1 of %2 nodes shown, %3 layers, %4 crossings</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LineageView.cpp" line="743"/>
        <source> — %n dangling reference(s)</source>
        <translation>
            <numerusform> — %n dangling reference</numerusform>
            <numerusform> — %n dangling references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LineageView.cpp" line="746"/>
        <source> — %n cycle(s), marked dashed</source>
        <translation>
            <numerusform> — %n cycle, marked dashed</numerusform>
            <numerusform> — %n cycles, marked dashed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LineageView.cpp" line="759"/>
        <source>MeshDesk lineage</source>
        <translation>MeshDesk lineage</translation>
    </message>
</context>
<context>
    <name>meshdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>MeshDesk</source>
        <translation>MeshDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>The catalog could not be opened:
%1</source>
        <translation>The catalog could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Import contracts and products</source>
        <translation>Import contracts and products</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Import f&amp;older…</source>
        <translation>Import f&amp;older…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;Lineage</source>
        <translation>&amp;Lineage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Governance</source>
        <translation>&amp;Governance</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verify audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Audit log intact: %n row verified.</numerusform>
            <numerusform>Audit log intact: %n rows verified.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Audit log BROKEN at row #%1: %2</source>
        <translation>Audit log BROKEN at row #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Export evidence for a &amp;period…</source>
        <translation>Export evidence for a &amp;period…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Export the audit log to</source>
        <translation>Export the audit log to</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Evidence written to %1</source>
        <translation>Evidence written to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Policies…</source>
        <translation>&amp;Policies…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>&amp;Kafka connections…</source>
        <translation>&amp;Kafka connections…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>demo broker</source>
        <translation>demo broker</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Switch acting &amp;user…</source>
        <translation>Switch acting &amp;user…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Acting user</source>
        <translation>Acting user</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Act as:</source>
        <translation>Act as:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>Search products, contracts, fields (Ctrl+K)</source>
        <translation>Search products, contracts, fields (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>View source</source>
        <translation>View source</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>Live messages</source>
        <translation>Live messages</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Export the evidence pack to</source>
        <translation>Export the evidence pack to</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>Evidence pack of change #%1 written to %2</source>
        <translation>Evidence pack of change #%1 written to %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Catalog: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="511"/>
        <location filename="../ui/MainWindow.cpp" line="898"/>
        <source>Acting as: %1</source>
        <translation>Acting as: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>There is no %1 &apos;%2&apos; in this catalog.</source>
        <translation>There is no %1 &apos;%2&apos; in this catalog.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="648"/>
        <source>The stored source of %1 &apos;%2&apos; no longer parses.</source>
        <translation>The stored source of %1 &apos;%2&apos; no longer parses.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="765"/>
        <source>Import: %n file(s) read, </source>
        <translation>
            <numerusform>Import: %n file read, </numerusform>
            <numerusform>Import: %n files read, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="766"/>
        <source>%n added, </source>
        <translation>
            <numerusform>%n added, </numerusform>
            <numerusform>%n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="767"/>
        <source>%n pending change(s), </source>
        <translation>
            <numerusform>%n pending change, </numerusform>
            <numerusform>%n pending changes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="768"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="784"/>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="814"/>
        <source>the contracts&apos; servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="847"/>
        <source>the contract names no bootstrap server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="910"/>
        <source>Change #%1 approved by %2.</source>
        <translation>Change #%1 approved by %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="911"/>
        <source>Change #%1 rejected by %2.</source>
        <translation>Change #%1 rejected by %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="940"/>
        <source>Warning: the audit log is broken at row #%1 (%2). Someone changed the catalog outside MeshDesk.</source>
        <translation>Warning: the audit log is broken at row #%1 (%2). Someone changed the catalog outside MeshDesk.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <location filename="../ui/MainWindow.cpp" line="784"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Copy field path</source>
        <translation>Copy field path</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Filter fields (name, type, description…)</source>
        <translation>Filter fields (name, type, description…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Import contracts or open the demo (meshdesk --demo).
File &gt; Import files or folder, or drop files here.</source>
        <translation>Import contracts or open the demo (meshdesk --demo).
File &gt; Import files or folder, or drop files here.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>meshdesk::MessageModel</name>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="158"/>
        <source>violation %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="159"/>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="161"/>
        <source>header %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="170"/>
        <source>
… %1 more bytes (the message has %2 bytes; the first %3 are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="190"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="192"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="194"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="196"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="198"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/MessageModel.cpp" line="200"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
</context>
<context>
    <name>meshdesk::PoliciesDialog</name>
    <message>
        <location filename="../ui/PoliciesDialog.cpp" line="17"/>
        <source>Policies of this catalog</source>
        <translation>Policies of this catalog</translation>
    </message>
    <message>
        <location filename="../ui/PoliciesDialog.cpp" line="36"/>
        <source>Only an admin of this catalog changes its policies; %1 is not one.</source>
        <translation>Only an admin of this catalog changes its policies; %1 is not one.</translation>
    </message>
</context>
<context>
    <name>meshdesk::ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="68"/>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="68"/>
        <source>Breaking</source>
        <translation>Breaking</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="68"/>
        <source>Non-breaking</source>
        <translation>Non-breaking</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="68"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="94"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="102"/>
        <source>Downstream product</source>
        <translation>Downstream product</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="102"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="102"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="102"/>
        <source>Via contract</source>
        <translation>Via contract</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="102"/>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="107"/>
        <source>Comment (required to reject)</source>
        <translation>Comment (required to reject)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="109"/>
        <source>&amp;Approve (Ctrl+Shift+A)</source>
        <translation>&amp;Approve (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="110"/>
        <source>&amp;Reject (Ctrl+Shift+R)</source>
        <translation>&amp;Reject (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="111"/>
        <source>Export evidence…</source>
        <translation>Export evidence…</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="126"/>
        <source>&lt;b&gt;Policies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Policies&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="129"/>
        <source>&lt;b&gt;Downstream impact&lt;/b&gt; (products that read the changed output, transitively)</source>
        <translation>&lt;b&gt;Downstream impact&lt;/b&gt; (products that read the changed output, transitively)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="138"/>
        <source>Show lineage</source>
        <translation>Show lineage</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="162"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="164"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="188"/>
        <source>&lt;h2&gt;Change #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Change #%1: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="189"/>
        <source>&lt;p&gt;%1 → %2, proposed by &lt;b&gt;%3&lt;/b&gt; at %4. Status: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;p&gt;%1 → %2, proposed by &lt;b&gt;%3&lt;/b&gt; at %4. Status: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="194"/>
        <source> by &lt;b&gt;%1&lt;/b&gt; at %2: “%3”</source>
        <translation> by &lt;b&gt;%1&lt;/b&gt; at %2: “%3”</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; breaking, %2 non-breaking, %3 info</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; breaking, %2 non-breaking, %3 info</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="214"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="215"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="216"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="228"/>
        <source>No product reads it</source>
        <translation>No product reads it</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="228"/>
        <source>Nothing breaking</source>
        <translation>Nothing breaking</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="241"/>
        <source>You proposed this change; another governance owner decides (four-eyes).</source>
        <translation>You proposed this change; another governance owner decides (four-eyes).</translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaModel</name>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="148"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="150"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="152"/>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="159"/>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="160"/>
        <source>PII, %1</source>
        <translation>PII, %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="185"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="187"/>
        <source>Logical type</source>
        <translation>Logical type</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="189"/>
        <source>Physical type</source>
        <translation>Physical type</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="191"/>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="193"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="195"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>meshdesk::SearchResultsModel</name>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="84"/>
        <source>Data products (%1)</source>
        <translation>Data products (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="86"/>
        <source>Contracts (%1)</source>
        <translation>Contracts (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="88"/>
        <source>Schema objects (%1)</source>
        <translation>Schema objects (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="90"/>
        <source>Fields (%1)</source>
        <translation>Fields (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="91"/>
        <source>Domains (%1)</source>
        <translation>Domains (%1)</translation>
    </message>
</context>
<context>
    <name>meshdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="21"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25"/>
        <source>Default: catalog.sqlite in the application data folder</source>
        <translation>Default: catalog.sqlite in the application data folder</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>Catalog database</source>
        <translation>Catalog database</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="30"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="42"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="49"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="50"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="51"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="57"/>
        <source>Catalog database:</source>
        <translation>Catalog database:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="58"/>
        <source>Acting user:</source>
        <translation>Acting user:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="59"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="60"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="62"/>
        <source>The database and the language take effect the next time MeshDesk starts.</source>
        <translation>The database and the language take effect the next time MeshDesk starts.</translation>
    </message>
</context>
<context>
    <name>meshdesk::TopicView</name>
    <message>
        <location filename="../ui/TopicView.cpp" line="68"/>
        <source>bootstrap servers</source>
        <translation>bootstrap servers</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="70"/>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="73"/>
        <source>Connection profile (Governance &gt; Kafka connections): security protocol, SASL and CA file for the bootstrap servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="84"/>
        <source>Last N per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="85"/>
        <source>From the beginning</source>
        <translation>From the beginning</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="86"/>
        <source>From offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="90"/>
        <source>Messages per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="95"/>
        <source>Offset to start at in every partition (clamped to what it holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="100"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="101"/>
        <source>Avro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="102"/>
        <source>Avro, Schema Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="103"/>
        <source>How values are decoded: JSON; Avro binary with the contract&apos;s schema (also the Confluent wire format); or with the schemas of a Schema Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="107"/>
        <source>Schema Registry URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="115"/>
        <source>keep </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="117"/>
        <source>Messages kept in the table; older ones are dropped (the counters stay exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="123"/>
        <source>Live tail</source>
        <translation>Live tail</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="125"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="126"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="127"/>
        <source>Only violations</source>
        <translation>Only violations</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="129"/>
        <source>Filter key and value…</source>
        <translation>Filter key and value…</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="146"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="147"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="152"/>
        <source>messages/s</source>
        <translation>messages/s</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="154"/>
        <source>violations/s</source>
        <translation>violations/s</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="287"/>
        <source>No profile (plaintext)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="318"/>
        <source>reading the password of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="328"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="329"/>
        <source>No keychain answered (%1).
Password of %2 for this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="333"/>
        <source>not started: no password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="369"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../ui/TopicView.cpp" line="426"/>
        <source>%1 messages, %2% conform to the contract</source>
        <translation>%1 messages, %2% conform to the contract</translation>
    </message>
</context>
<context>
    <name>meshdesk::cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="126"/>
        <source>usage: meshdesk import [--db FILE] [--as USER] PATH...</source>
        <translation>usage: meshdesk import [--db FILE] [--as USER] PATH...</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="135"/>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="141"/>
        <source>importing %1 of %2 files</source>
        <translation>importing %1 of %2 files</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="161"/>
        <source>%1 %2: differs from the approved version; pending change #%3 created
</source>
        <translation>%1 %2: differs from the approved version; pending change #%3 created
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="183"/>
        <source>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</source>
        <translation>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="211"/>
        <source>usage: meshdesk list domains|products|contracts|changes [--json]</source>
        <translation>usage: meshdesk list domains|products|contracts|changes [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="227"/>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="225"/>
        <location filename="../app/Cli.cpp" line="259"/>
        <location filename="../app/Cli.cpp" line="590"/>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="225"/>
        <source>PRODUCTS</source>
        <translation>PRODUCTS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="225"/>
        <source>CONTRACTS</source>
        <translation>CONTRACTS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246"/>
        <location filename="../app/Cli.cpp" line="259"/>
        <location filename="../app/Cli.cpp" line="652"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246"/>
        <location filename="../app/Cli.cpp" line="259"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246"/>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246"/>
        <location filename="../app/Cli.cpp" line="652"/>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246"/>
        <source>VERSIONS</source>
        <translation>VERSIONS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="246"/>
        <source>PROPOSER</source>
        <translation>PROPOSER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="247"/>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="259"/>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="259"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="259"/>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="260"/>
        <source>PENDING</source>
        <translation>PENDING</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="280"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="282"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="284"/>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="286"/>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="300"/>
        <source>items: %1
</source>
        <translation>items: %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="311"/>
        <source>usage: meshdesk show product|contract ID [--json]</source>
        <translation>usage: meshdesk show product|contract ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="319"/>
        <source>no %1 with id &apos;%2&apos;</source>
        <translation>no %1 with id &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="324"/>
        <source>%1 &apos;%2&apos;: the stored source no longer parses</source>
        <translation>%1 &apos;%2&apos;: the stored source no longer parses</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="346"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="347"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="349"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="350"/>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="351"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="352"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355"/>
        <location filename="../app/Cli.cpp" line="363"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="356"/>
        <location filename="../app/Cli.cpp" line="364"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="358"/>
        <source>Input:</source>
        <translation>Input:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="360"/>
        <source>Output:</source>
        <translation>Output:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="366"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="368"/>
        <source>
Object %1 (%2 fields)
</source>
        <translation>
Object %1 (%2 fields)
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="372"/>
        <source>
Versions:
</source>
        <translation>
Versions:
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="377"/>
        <source> (current)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="385"/>
        <source>usage: meshdesk search TEXT [--json]</source>
        <translation>usage: meshdesk search TEXT [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>MATCH</source>
        <translation>MATCH</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="419"/>
        <source>%1: a diff compares files holding one document each; this one has %2</source>
        <translation>%1: a diff compares files holding one document each; this one has %2</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="430"/>
        <source>No changes.
</source>
        <translation>No changes.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="438"/>
        <source>BREAKING</source>
        <translation>BREAKING</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="439"/>
        <source>Non-breaking</source>
        <translation>Non-breaking</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="440"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="460"/>
        <source>usage: meshdesk diff OLD_FILE NEW_FILE [--json]</source>
        <translation>usage: meshdesk diff OLD_FILE NEW_FILE [--json]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="491"/>
        <source>%1 %2: %3 -&gt; %4: %5 breaking, %6 non-breaking, %7 info
</source>
        <translation>%1 %2: %3 -&gt; %4: %5 breaking, %6 non-breaking, %7 info
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="498"/>
        <source>
Avro compatibility (Schema Registry terms): %1
</source>
        <translation>
Avro compatibility (Schema Registry terms): %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="500"/>
        <source>  not BACKWARD: %1
</source>
        <translation>  not BACKWARD: %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="502"/>
        <source>  not FORWARD: %1
</source>
        <translation>  not FORWARD: %1
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="510"/>
        <source>Change #%1 (%2): %3 %4, %5 -&gt; %6, proposed by %7 at %8
</source>
        <translation>Change #%1 (%2): %3 %4, %5 -&gt; %6, proposed by %7 at %8
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="517"/>
        <source>Decided by %1 at %2: %3
</source>
        <translation>Decided by %1 at %2: %3
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="520"/>
        <source>
Policies:
</source>
        <translation>
Policies:
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="523"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="524"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="524"/>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="529"/>
        <source>
Downstream impact:
</source>
        <translation>
Downstream impact:
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="531"/>
        <source>  no product reads it
</source>
        <translation>  no product reads it
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="531"/>
        <source>  nothing breaking
</source>
        <translation>  nothing breaking
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="545"/>
        <source>usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]</source>
        <translation>usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="568"/>
        <source>change #%1 %2 by %3
</source>
        <translation>change #%1 %2 by %3
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="570"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="570"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="590"/>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="590"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="590"/>
        <source>GRANTED BY</source>
        <translation>GRANTED BY</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="590"/>
        <location filename="../app/Cli.cpp" line="652"/>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="597"/>
        <source>usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role list</source>
        <translation>usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role list</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="610"/>
        <source>%1: %2 %3 %4
</source>
        <translation>%1: %2 %3 %4
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="619"/>
        <source>usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export --out DIR [--change ID | --from DATE --to DATE]</source>
        <translation>usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export --out DIR [--change ID | --from DATE --to DATE]</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="634"/>
        <source>audit log intact: %n row(s) verified
</source>
        <translation>
            <numerusform>audit log intact: %n row verified
</numerusform>
            <numerusform>audit log intact: %n rows verified
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="636"/>
        <source>audit log BROKEN at row #%1: %2
</source>
        <translation>audit log BROKEN at row #%1: %2
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="652"/>
        <source>ACTOR</source>
        <translation>ACTOR</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="652"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="660"/>
        <source>audit export needs --out DIR</source>
        <translation>audit export needs --out DIR</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="669"/>
        <source>wrote %1.md and %1.csv
</source>
        <translation>wrote %1.md and %1.csv
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="695"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="695"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="693"/>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="693"/>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="693"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="693"/>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="702"/>
        <source>usage: meshdesk policy list | policy enable|disable ID --as ADMIN</source>
        <translation>usage: meshdesk policy list | policy enable|disable ID --as ADMIN</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="711"/>
        <source>policy %1 %2d
</source>
        <translation>policy %1 %2d
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="722"/>
        <source>usage: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]</source>
        <translation>usage: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format json|dot|svg]</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="731"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="736"/>
        <source>warning: the mesh has a cycle: %1</source>
        <translation>warning: the mesh has a cycle: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="742"/>
        <source>no product with id &apos;%1&apos;</source>
        <translation>no product with id &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="789"/>
        <source>%1: not a contract</source>
        <translation>%1: not a contract</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="804"/>
        <source>product &apos;%1&apos; has no output contract with a Kafka server for topic &apos;%2&apos;</source>
        <translation>product &apos;%1&apos; has no output contract with a Kafka server for topic &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="819"/>
        <source>the contract has no schema</source>
        <translation>the contract has no schema</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="833"/>
        <source>no Kafka connection profile named &apos;%1&apos; (Governance &gt; Kafka connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="848"/>
        <source>profile &apos;%1&apos; needs a password: set MESHDESK_KAFKA_PASSWORD (the keychain did not answer: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="872"/>
        <source>usage: meshdesk sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] [--max N] [--timeout S] [--contract FILE | --product ID] [--format json|text|hex] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="912"/>
        <source>--format avro needs --contract, --product or --registry</source>
        <translation>--format avro needs --contract, --product or --registry</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="1038"/>
        <source>%1 message(s) from %2 partition(s); %3 violate the contract
</source>
        <translation>%1 message(s) from %2 partition(s); %3 violate the contract
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="1103"/>
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
        <location filename="../app/Cli.cpp" line="1150"/>
        <source>unknown command &apos;%1&apos;; see meshdesk --help</source>
        <translation>unknown command &apos;%1&apos;; see meshdesk --help</translation>
    </message>
</context>
<context>
    <name>meshdesk::governance</name>
    <message>
        <location filename="../models/governance/Policies.cpp" line="154"/>
        <source>A breaking change needs a major version bump</source>
        <translation>A breaking change needs a major version bump</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="159"/>
        <source>Every data product has an owner</source>
        <translation>Every data product has an owner</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="162"/>
        <source>Every field has a description</source>
        <translation>Every field has a description</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="165"/>
        <source>Fields that look like personal data declare a classification or PII</source>
        <translation>Fields that look like personal data declare a classification or PII</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="170"/>
        <source>Every output port of a product has a contract</source>
        <translation>Every output port of a product has a contract</translation>
    </message>
    <message>
        <location filename="../models/governance/Policies.cpp" line="174"/>
        <source>Status follows the lifecycle proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</source>
        <translation>Status follows the lifecycle proposed -&gt; draft -&gt; active -&gt; deprecated -&gt; retired</translation>
    </message>
</context>
<context>
    <name>meshdesk::kafka::SamplerWorker</name>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="57"/>
        <source>the contract&apos;s Avro schema is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="75"/>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="98"/>
        <source>broker unreachable: %1 (retrying)</source>
        <translation>broker unreachable: %1 (retrying)</translation>
    </message>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="99"/>
        <source>cannot sample: %1 (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kafka/SamplerWorker.cpp" line="112"/>
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="160"/>
        <location filename="../models/kafka/SamplerWorker.cpp" line="195"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="177"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../models/kafka/SamplerWorker.cpp" line="182"/>
        <source>broker unreachable: %1 (reconnecting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
