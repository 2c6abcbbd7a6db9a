<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="110"/>
        <source>MeshDesk: data mesh catalog and governance console.

Commands (none: the GUI):
  import PATH...                          import files or folders
  list domains|products|contracts|changes
  show product|contract ID
  search TEXT

Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage, 3 database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>Catalog database file (default: $MESHDESK_DB or the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Act as this user (default: the OS login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="132"/>
        <source>Print JSON (stable, documented in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135"/>
        <source>Log debug messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Open the demo catalog in a fresh temporary database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142"/>
        <source>User interface language (e.g. de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="146"/>
        <source>Close the GUI after this many milliseconds (for scripted screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="151"/>
        <source>Save a screenshot of the window to FILE before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Subcommand and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogIconProxy</name>
    <message numerus="yes">
        <location filename="../ui/CatalogIconProxy.cpp" line="30"/>
        <source>%1  (%n pending)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="50"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="51"/>
        <source>Data product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CatalogIconProxy.cpp" line="51"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::CatalogTreeModel</name>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="74"/>
        <source>(no domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="120"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="122"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CatalogTreeModel.cpp" line="124"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>MeshDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>The catalog could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Import contracts and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Import f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Search products, contracts, fields (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Import contracts or open the demo (meshdesk --demo).
File &gt; Import files or folder, or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Catalog: %1   User: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Object %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Limitations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Input ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Output ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>%1: %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>, current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>%n file(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>%n document(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>%n pending change(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>%n file(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>Import finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::SchemaModel</name>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="121"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="123"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="125"/>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="129"/>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="130"/>
        <source>PII, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="155"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="157"/>
        <source>Logical type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="159"/>
        <source>Physical type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="161"/>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="163"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SchemaModel.cpp" line="165"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshdesk::cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="81"/>
        <source>usage: meshdesk import [--db FILE] [--as USER] PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="90"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="96"/>
        <source>importing %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="116"/>
        <source>%1 %2: differs from the approved version; pending change #%3 created
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="138"/>
        <source>%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="166"/>
        <source>usage: meshdesk list domains|products|contracts|changes [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="184"/>
        <source>(no domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="186"/>
        <location filename="../app/Cli.cpp" line="237"/>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="186"/>
        <source>PRODUCTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="186"/>
        <source>CONTRACTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="215"/>
        <location filename="../app/Cli.cpp" line="237"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="215"/>
        <location filename="../app/Cli.cpp" line="237"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="215"/>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="215"/>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="215"/>
        <source>VERSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="216"/>
        <source>PROPOSER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="216"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="237"/>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="237"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="238"/>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="238"/>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="250"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="252"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="254"/>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="256"/>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="270"/>
        <source>items: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="281"/>
        <source>usage: meshdesk show product|contract ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="289"/>
        <source>no %1 with id &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="294"/>
        <source>%1 &apos;%2&apos;: the stored source no longer parses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="316"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="317"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="318"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="319"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="320"/>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="321"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="322"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="325"/>
        <location filename="../app/Cli.cpp" line="333"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="326"/>
        <location filename="../app/Cli.cpp" line="334"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="328"/>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="330"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="336"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="338"/>
        <source>
Object %1 (%2 fields)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="342"/>
        <source>
Versions:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="347"/>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355"/>
        <source>usage: meshdesk search TEXT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="405"/>
        <source>unknown command &apos;%1&apos;; see meshdesk --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
