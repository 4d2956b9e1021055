<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CaptionLinter</name>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="72"/>
        <source>no caption: the model hears this pair with the trigger phrase alone</source>
        <translation>keine Beschreibung: das Modell hört dieses Paar nur mit der Trigger-Phrase</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/models/CaptionLinter.cpp" line="81"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="82"/>
        <source>same caption as %1</source>
        <translation>gleiche Beschreibung wie %1</translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="86"/>
        <source>the caption already contains the trigger phrase &quot;%1&quot;; it is prepended again, so it appears twice</source>
        <translation>die Beschreibung enthält die Trigger-Phrase „%1“ bereits; sie wird noch einmal vorangestellt und steht dann doppelt da</translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="91"/>
        <source>%1 words with the trigger phrase; the text encoder reads only the first %2</source>
        <translation>%1 Wörter mit der Trigger-Phrase; der Text-Encoder liest nur die ersten %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/models/CaptionLinter.cpp" line="96"/>
        <source>all %n captioned pair(s) share one caption; fine for one transform, but varied captions that describe each target teach the model more</source>
        <translation>
            <numerusform>das %n beschriebene Paar hat eine gemeinsame Beschreibung; für eine einzige Transformation in Ordnung, aber abwechslungsreiche Beschreibungen, die jedes Ziel beschreiben, bringen dem Modell mehr bei</numerusform>
            <numerusform>alle %n beschriebenen Paare teilen sich eine Beschreibung; für eine einzige Transformation in Ordnung, aber abwechslungsreiche Beschreibungen, die jedes Ziel beschreiben, bringen dem Modell mehr bei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="100"/>
        <source>no trigger phrase: set a rare word (e.g. &quot;tonech4nge&quot;) so the LoRA is called up by it</source>
        <translation>keine Trigger-Phrase: ein seltenes Wort festlegen (z. B. „tonech4nge“), mit dem die LoRA aufgerufen wird</translation>
    </message>
</context>
<context>
    <name>ClipLoadController</name>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="25"/>
        <source>the file cannot be decoded</source>
        <translation>die Datei kann nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="34"/>
        <source>the dataset&apos;s work folder is gone</source>
        <translation>der Arbeitsordner des Datensatzes ist verschwunden</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="40"/>
        <source>the source archive cannot be opened</source>
        <translation>das Quellarchiv kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="49"/>
        <source>the file cannot be extracted</source>
        <translation>die Datei kann nicht entpackt werden</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="54"/>
        <source>%1 is not in the source archive</source>
        <translation>%1 ist nicht im Quellarchiv</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="102"/>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="131"/>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="133"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="122"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FitPlanText</name>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="17"/>
        <source>too short by %1 s</source>
        <translation>um %1 s zu kurz</translation>
    </message>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="18"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="20"/>
        <source>trim %1–%2 s</source>
        <translation>Zuschnitt %1–%2 s</translation>
    </message>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="21"/>
        <source>stretch ×%1 (pitch kept)</source>
        <translation>Stauchung ×%1 (Tonhöhe erhalten)</translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../src/ui/controllers/InferenceController.cpp" line="22"/>
        <source>With the LoRA</source>
        <translation>Mit der LoRA</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/InferenceController.cpp" line="22"/>
        <source>Base alone (same seed)</source>
        <translation>Nur Basismodell (gleicher Seed)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/InferenceController.cpp" line="44"/>
        <source>Preparing to listen</source>
        <translation>Wird zum Anhören vorbereitet</translation>
    </message>
</context>
<context>
    <name>PreviewDecodeController</name>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="41"/>
        <source>the clip cannot be decoded</source>
        <translation>der Clip kann nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="48"/>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="65"/>
        <source>not trained on: %1</source>
        <translation>nicht trainiert: %1</translation>
    </message>
</context>
<context>
    <name>ProgressRelay</name>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="45"/>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="47"/>
        <source>Extracting</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="49"/>
        <source>Decoding</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="51"/>
        <source>Generating</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="53"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="55"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="64"/>
        <source>%1 %2 of %3 MB</source>
        <translation>%1 %2 von %3 MB</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="65"/>
        <source>%1 %2 MB</source>
        <translation>%1 %2 MB</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="70"/>
        <source>%1 %2 of %3 clips</source>
        <translation>%1 %2 von %3 Clips</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="72"/>
        <source>%1 %2 of %3 pairs</source>
        <translation>%1 %2 von %3 Paaren</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="73"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
</context>
<context>
    <name>RequestFieldHelp</name>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="32"/>
        <source>&amp;Trigger phrase:</source>
        <translation>&amp;Trigger-Phrase:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="32"/>
        <source>default: none</source>
        <translation>Standard: keine</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="33"/>
        <source>Phrase prepended to every caption during training; include it at inference.</source>
        <translation>Phrase, die im Training jeder Beschreibung vorangestellt wird; auch bei der Inferenz angeben.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="34"/>
        <source>Default: none. It is the dataset&apos;s trigger phrase: editing it here or in Captions and Fixes is one undoable edit.</source>
        <translation>Standard: keine. Es ist die Trigger-Phrase des Datensatzes: Eine Änderung hier oder unter „Beschreibungen und Korrekturen“ ist ein und dieselbe rückgängig machbare Bearbeitung.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="35"/>
        <source>Use a distinctive made-up word (e.g. tonech4nge) so it calls up the transformation cleanly; include it in every prompt you use with the LoRA.</source>
        <translation>Ein unverwechselbares Kunstwort verwenden (z. B. tonech4nge), damit es die Transformation sauber aufruft; es in jeden Prompt aufnehmen, der mit der LoRA verwendet wird.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="38"/>
        <source>&amp;Rank:</source>
        <translation>&amp;Rang:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="38"/>
        <source>default 32 · 8, 16, 32, 64 or 128</source>
        <translation>Standard 32 · 8, 16, 32, 64 oder 128</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="39"/>
        <source>IC-LoRA capacity: the size of the adapter.</source>
        <translation>Kapazität der IC-LoRA: die Größe des Adapters.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="40"/>
        <source>Default 32; allowed 8, 16, 32, 64, 128. Time and memory grow with it.</source>
        <translation>Standard 32; erlaubt sind 8, 16, 32, 64, 128. Zeit- und Speicherbedarf wachsen damit.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="41"/>
        <source>Transformation too weak: a higher rank (or more steps). Overfitting (training loss falls while the held-out metric rises): a lower rank, fewer steps or more pairs.</source>
        <translation>Transformation zu schwach: ein höherer Rang (oder mehr Schritte). Overfitting (der Trainings-Loss sinkt, während die Hold-out-Metrik steigt): ein niedrigerer Rang, weniger Schritte oder mehr Paare.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="44"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="44"/>
        <source>default 2000 · %1–%2</source>
        <translation>Standard 2000 · %1–%2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="45"/>
        <source>Number of optimization steps.</source>
        <translation>Anzahl der Optimierungsschritte.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="46"/>
        <source>Default 2000, range %1–%2. The run&apos;s time is about proportional to it.</source>
        <translation>Standard 2000, Bereich %1–%2. Die Dauer des Laufs ist etwa proportional dazu.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="47"/>
        <source>Transformation too weak: more steps. Overfitting: fewer steps.</source>
        <translation>Transformation zu schwach: mehr Schritte. Overfitting: weniger Schritte.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="49"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="49"/>
        <source>default 0.0002 · %1–%2</source>
        <translation>Standard 0.0002 · %1–%2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="50"/>
        <source>Optimization step size (AdamW, decaying linearly to a tenth by the last step).</source>
        <translation>Schrittweite der Optimierung (AdamW, fällt bis zum letzten Schritt linear auf ein Zehntel).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="51"/>
        <source>Default 0.0002 (2e-4); accepted %1–%2. Write it as 0.0002 or 2e-4.</source>
        <translation>Standard 0.0002 (2e-4); akzeptiert %1–%2. Als 0.0002 oder 2e-4 schreiben.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="52"/>
        <source>The default suits most datasets. Lower it when the loss jumps around or becomes NaN; raise it a little only when a long run still learns too slowly.</source>
        <translation>Der Standardwert passt für die meisten Datensätze. Senken, wenn der Loss springt oder NaN wird; nur leicht erhöhen, wenn ein langer Lauf immer noch zu langsam lernt.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="55"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="55"/>
        <source>default 5 s · %1–%2 s</source>
        <translation>Standard 5 s · %1–%2 s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="56"/>
        <source>Target audio clip length in seconds (the audio duration bucket). Clips shorter than this are skipped, longer clips are trimmed; a pair is usable only when both sides fill the bucket.</source>
        <translation>Ziellänge der Audioclips in Sekunden (der Bucket für die Audiodauer). Kürzere Clips werden übersprungen, längere zugeschnitten; ein Paar ist nur verwendbar, wenn beide Seiten den Bucket füllen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="58"/>
        <source>Default 5 s, range %1–%2 s. The same setting as the toolbar&apos;s Bucket.</source>
        <translation>Standard 5 s, Bereich %1–%2 s. Dieselbe Einstellung wie „Bucket“ in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="59"/>
        <source>Many clips skipped: lower it to match your clips; choose a length that fits most of them. Longer buckets cost more time and memory per step.</source>
        <translation>Viele Clips übersprungen: passend zu den Clips senken; eine Länge wählen, die zu den meisten passt. Längere Buckets kosten pro Schritt mehr Zeit und Speicher.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="62"/>
        <source>&amp;Normalize:</source>
        <translation>&amp;Normalisieren:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="62"/>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="66"/>
        <source>default on</source>
        <translation>Standard: an</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="63"/>
        <source>Peak-normalize audio for consistent loudness across the dataset.</source>
        <translation>Audio auf den Spitzenpegel normalisieren, für eine einheitliche Lautheit im ganzen Datensatz.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="63"/>
        <source>Default: on.</source>
        <translation>Standard: an.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="64"/>
        <source>Keep it on unless a change of loudness is itself the transformation you want learned.</source>
        <translation>Eingeschaltet lassen, außer eine Änderung der Lautheit ist selbst die Transformation, die gelernt werden soll.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="66"/>
        <source>Preserve &amp;pitch:</source>
        <translation>Tonhöhe &amp;erhalten:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="67"/>
        <source>Preserve pitch when fitting audio to the bucket: a clip up to 10 % longer than the bucket is time-compressed with its pitch kept instead of trimmed.</source>
        <translation>Tonhöhe beim Einpassen in den Bucket erhalten: Ein Clip, der bis zu 10 % länger als der Bucket ist, wird bei gleicher Tonhöhe zeitlich gestaucht statt zugeschnitten.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="69"/>
        <source>Default: on. The same setting as the toolbar&apos;s Preserve pitch.</source>
        <translation>Standard: an. Dieselbe Einstellung wie „Tonhöhe erhalten“ in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="70"/>
        <source>Turn it off when the clips must keep their exact timing; they are then trimmed.</source>
        <translation>Ausschalten, wenn die Clips ihr genaues Timing behalten müssen; sie werden dann zugeschnitten.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="72"/>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="72"/>
        <source>default none · at most %1</source>
        <translation>Standard: keine · höchstens %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="73"/>
        <source>Validation samples: each a prompt and the reference audio that conditions the generated preview.</source>
        <translation>Validierungsbeispiele: jeweils ein Prompt und das Referenz-Audio, das die erzeugte Vorschau steuert.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="74"/>
        <source>Default: none (the held-out pair, or the first pair, is previewed); at most %1 entries.</source>
        <translation>Standard: keine (die Vorschau nutzt das Hold-out-Paar oder das erste Paar); höchstens %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="75"/>
        <source>Use a reference clip the LoRA has not seen to gauge generalization; match the caption style and trigger phrase you trained with.</source>
        <translation>Einen Referenzclip verwenden, den die LoRA nicht gesehen hat, um die Generalisierung einzuschätzen; Beschreibungsstil und Trigger-Phrase wie im Training verwenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="78"/>
        <source>Negative &amp;prompt:</source>
        <translation>Negativer &amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="78"/>
        <source>default: built-in quality prompt</source>
        <translation>Standard: eingebauter Qualitäts-Prompt</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="79"/>
        <source>What the previews are guided away from (with text guidance).</source>
        <translation>Wovon die Vorschauen weggelenkt werden (mit Text-Guidance).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="80"/>
        <source>Default: a built-in audio-quality negative prompt.</source>
        <translation>Standard: ein eingebauter negativer Prompt für Audioqualität.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="81"/>
        <source>Add artefacts you keep hearing in the previews; the default is fine for most runs.</source>
        <translation>Artefakte ergänzen, die in den Vorschauen immer wieder zu hören sind; der Standard passt für die meisten Läufe.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="83"/>
        <source>Preview &amp;frame rate:</source>
        <translation>&amp;Vorschau-Bildrate:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="83"/>
        <source>default 24 fps · %1–%2 fps</source>
        <translation>Standard 24 fps · %1–%2 fps</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="84"/>
        <source>Used together with the bucket to size the preview audio: F / fps seconds, with F the largest 8k + 1 frames that fit in the bucket.</source>
        <translation>Bestimmt zusammen mit dem Bucket die Länge des Vorschau-Audios: F / fps Sekunden, wobei F die größte Bildzahl der Form 8k + 1 ist, die in den Bucket passt.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="86"/>
        <source>Default 24, range %1–%2.</source>
        <translation>Standard 24, Bereich %1–%2.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="87"/>
        <source>Rarely needed: a higher rate makes the preview a little closer to the bucket&apos;s length.</source>
        <translation>Selten nötig: Eine höhere Rate bringt die Vorschau etwas näher an die Länge des Buckets.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="89"/>
        <source>ST&amp;G scale:</source>
        <translation>ST&amp;G-Stärke:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="89"/>
        <source>default 1 · %1–%2</source>
        <translation>Standard 1 · %1–%2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="90"/>
        <source>Spatio-temporal guidance of the previews: a pass with one block&apos;s self-attention skipped is pushed away from.</source>
        <translation>Raumzeitliche Guidance der Vorschauen: Die Ausgabe wird von einem Durchlauf weggelenkt, in dem die Self-Attention eines Blocks übersprungen wird.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="92"/>
        <source>Default 1.0, range %1–%2.</source>
        <translation>Standard 1.0, Bereich %1–%2.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="93"/>
        <source>0 switches it off and makes previews faster; raise it when previews sound smeared.</source>
        <translation>0 schaltet sie ab und macht die Vorschauen schneller; erhöhen, wenn die Vorschauen verschmiert klingen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="95"/>
        <source>Split into &amp;scenes:</source>
        <translation>In S&amp;zenen teilen:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="95"/>
        <source>default off · must stay off</source>
        <translation>Standard: aus · muss aus bleiben</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="96"/>
        <source>Off for this mode: scene splitting would desync the reference/target pair.</source>
        <translation>Aus in diesem Modus: Das Teilen in Szenen würde Referenz und Ziel eines Paares gegeneinander verschieben.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="97"/>
        <source>Default: off. On is refused.</source>
        <translation>Standard: aus. „An“ wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="97"/>
        <source>Provide pre-split clips instead.</source>
        <translation>Stattdessen bereits geteilte Clips bereitstellen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="99"/>
        <source>Split t&amp;hreshold:</source>
        <translation>Teilungssc&amp;hwelle:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="99"/>
        <source>default 30 s · %1–%2 s</source>
        <translation>Standard 30 s · %1–%2 s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="100"/>
        <source>Duration threshold for scene splitting (only relevant if splitting were enabled).</source>
        <translation>Dauerschwelle für das Teilen in Szenen (nur von Bedeutung, wenn das Teilen eingeschaltet wäre).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="101"/>
        <source>Default 30 s, range %1–%2 s.</source>
        <translation>Standard 30 s, Bereich %1–%2 s.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="102"/>
        <source>No effect in audio-to-audio mode; checked only so that a request stays valid for the service.</source>
        <translation>Ohne Wirkung im Audio-zu-Audio-Modus; wird nur geprüft, damit eine Anfrage für den Dienst gültig bleibt.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="104"/>
        <source>&amp;Debug dataset:</source>
        <translation>&amp;Debug-Datensatz:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="104"/>
        <source>default off</source>
        <translation>Standard: aus</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="105"/>
        <source>Also write debug_dataset.zip: the fitted clips, captions and latents the model trained on.</source>
        <translation>Zusätzlich debug_dataset.zip schreiben: die eingepassten Clips, Beschreibungen und Latents, mit denen das Modell trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="106"/>
        <source>Default: off.</source>
        <translation>Standard: aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="106"/>
        <source>Turn it on to check exactly what the model sees, e.g. when the output ignores the reference.</source>
        <translation>Einschalten, um genau zu prüfen, was das Modell sieht, z. B. wenn die Ausgabe die Referenz ignoriert.</translation>
    </message>
</context>
<context>
    <name>RequestJsonFile</name>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="36"/>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="39"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="48"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="50"/>
        <source>%1 is not a request: it is %2 KB, a request is a small JSON object</source>
        <translation>%1 ist keine Anfrage: Die Datei ist %2 KB groß, eine Anfrage ist ein kleines JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="53"/>
        <source>%1 was not imported; the settings are unchanged:
%2</source>
        <translation>%1 wurde nicht importiert; die Einstellungen sind unverändert:
%2</translation>
    </message>
</context>
<context>
    <name>a2a::AudioPlayer</name>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="101"/>
        <source>Playback stopped: the audio output reported an error</source>
        <translation>Wiedergabe angehalten: Die Audioausgabe hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="146"/>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="197"/>
        <source>Nothing to play</source>
        <translation>Nichts abzuspielen</translation>
    </message>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="150"/>
        <source>No audio output device was found</source>
        <translation>Kein Audioausgabegerät gefunden</translation>
    </message>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="165"/>
        <source>The audio output could not be started</source>
        <translation>Die Audioausgabe konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>a2a::BaseModelChooser</name>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="29"/>
        <source>Base &amp;model:</source>
        <translation>Basis&amp;modell:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="33"/>
        <source>Text encoder:</source>
        <translation>Text-Encoder:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="66"/>
        <source>Embedded default model</source>
        <translation>Eingebettetes Standardmodell</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="67"/>
        <source>LTX-2.3 checkpoint…</source>
        <translation>LTX-2.3-Checkpoint…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="68"/>
        <source>The base model Train, the estimate and Try it use. The embedded default model ships with A2A Studio; an LTX-2.3 checkpoint is a .safetensors file such as ltx-2.3-22b-dev.safetensors.</source>
        <translation>Das Basismodell, das Trainieren, die Schätzung und Ausprobieren verwenden. Das eingebettete Standardmodell wird mit A2A Studio ausgeliefert; ein LTX-2.3-Checkpoint ist eine .safetensors-Datei wie ltx-2.3-22b-dev.safetensors.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="76"/>
        <source>ltx-2.3-22b-dev.safetensors</source>
        <translation>ltx-2.3-22b-dev.safetensors</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="77"/>
        <source>The LTX-2.3 checkpoint file (.safetensors); only its header is read to check it</source>
        <translation>Die LTX-2.3-Checkpoint-Datei (.safetensors); zum Prüfen wird nur ihr Header gelesen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="78"/>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="233"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="79"/>
        <source>Choose an LTX-2.3 checkpoint file</source>
        <translation>Eine LTX-2.3-Checkpoint-Datei wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="122"/>
        <source>Choose an LTX-2.3 Checkpoint</source>
        <translation>LTX-2.3-Checkpoint wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="123"/>
        <source>Safetensors checkpoints (*.safetensors);;All files (*)</source>
        <translation>Safetensors-Checkpoints (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="168"/>
        <source>Choose the LTX-2.3 checkpoint file (Browse…), or use the embedded default model.</source>
        <translation>Die LTX-2.3-Checkpoint-Datei wählen (Durchsuchen…) oder das eingebettete Standardmodell verwenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="171"/>
        <source>%1 does not exist: choose the checkpoint file again, or use the embedded default model.</source>
        <translation>%1 existiert nicht: die Checkpoint-Datei erneut wählen oder das eingebettete Standardmodell verwenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="174"/>
        <source>The base model is still being checked.</source>
        <translation>Das Basismodell wird noch geprüft.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="175"/>
        <source>Reading the checkpoint&apos;s header…</source>
        <translation>Der Header des Checkpoints wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="191"/>
        <source>it does not hold every part training needs</source>
        <translation>er enthält nicht alle Teile, die das Training braucht</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="192"/>
        <source>Not a usable LTX-2.3 checkpoint: %1</source>
        <translation>Kein verwendbarer LTX-2.3-Checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="200"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="203"/>
        <source>audio VAE</source>
        <translation>Audio-VAE</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="205"/>
        <source>vocoder</source>
        <translation>Vocoder</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="207"/>
        <source>LTX-2.3 layout: %1 — complete</source>
        <translation>LTX-2.3-Aufbau: %1 — vollständig</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="208"/>
        <source>LTX-2.3 layout: %1 — %2</source>
        <translation>LTX-2.3-Aufbau: %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="210"/>
        <source>Memory for a run: %1</source>
        <translation>Speicher für einen Lauf: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="229"/>
        <source>gemma-3-12b folder</source>
        <translation>Ordner gemma-3-12b</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="230"/>
        <source>The Gemma-3 text encoder folder the LTX-2.3 checkpoint was made for: config.json, tokenizer.model and model.safetensors (or model.safetensors.index.json with its shards)</source>
        <translation>Der Ordner des Gemma-3-Text-Encoders, für den der LTX-2.3-Checkpoint gemacht wurde: config.json, tokenizer.model und model.safetensors (oder model.safetensors.index.json mit seinen Teilen)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="234"/>
        <source>Choose the Gemma-3 text encoder folder</source>
        <translation>Den Ordner des Gemma-3-Text-Encoders wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="265"/>
        <source>Choose the Gemma-3 Text Encoder Folder</source>
        <translation>Ordner des Gemma-3-Text-Encoders wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="295"/>
        <source>Choose the Gemma-3 text encoder folder the checkpoint was made for (config.json, tokenizer.model, weights).</source>
        <translation>Den Ordner des Gemma-3-Text-Encoders wählen, für den der Checkpoint gemacht wurde (config.json, tokenizer.model, Gewichte).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="298"/>
        <source>The text encoder folder is still being checked.</source>
        <translation>Der Ordner des Text-Encoders wird noch geprüft.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="299"/>
        <source>Checking the text encoder folder…</source>
        <translation>Der Ordner des Text-Encoders wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="317"/>
        <source>1 shard</source>
        <translation>1 Teil</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="317"/>
        <source>%1 shards</source>
        <translation>%1 Teile</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="319"/>
        <source>Gemma-3: %1 layers × %2, %3 — matches the checkpoint</source>
        <translation>Gemma-3: %1 Schichten × %2, %3 — passt zum Checkpoint</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="320"/>
        <source>Gemma-3: %1 layers × %2, %3</source>
        <translation>Gemma-3: %1 Schichten × %2, %3</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="345"/>
        <source>The text encoder folder has no %1.</source>
        <translation>Im Ordner des Text-Encoders fehlt %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="349"/>
        <source>%1 is not a folder: choose the Gemma-3 text encoder folder again.</source>
        <translation>%1 ist kein Ordner: den Ordner des Gemma-3-Text-Encoders erneut wählen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="359"/>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="386"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="365"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="373"/>
        <source>%1 gives no hidden_size and num_hidden_layers (at its top level or under text_config).</source>
        <translation>%1 nennt kein hidden_size und num_hidden_layers (weder auf oberster Ebene noch unter text_config).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="395"/>
        <source>%1 names no weight files (its weight_map is empty or missing).</source>
        <translation>%1 nennt keine Gewichtsdateien (seine weight_map ist leer oder fehlt).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="400"/>
        <source>The text encoder folder has no %1, which %2 names.</source>
        <translation>Im Ordner des Text-Encoders fehlt %1, das %2 nennt.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="405"/>
        <source>The text encoder folder has no %1 (or %2 with its shards).</source>
        <translation>Im Ordner des Text-Encoders fehlt %1 (oder %2 mit seinen Teilen).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="417"/>
        <source>The checkpoint has no text projection (%1) to compare the text encoder with.</source>
        <translation>Der Checkpoint hat keine Textprojektion (%1), mit der sich der Text-Encoder vergleichen ließe.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="423"/>
        <source>This text encoder does not fit the checkpoint: hidden_size %1 × (%2 layers + 1) = %3, but the checkpoint&apos;s text projection takes %4 inputs.</source>
        <translation>Dieser Text-Encoder passt nicht zum Checkpoint: hidden_size %1 × (%2 Schichten + 1) = %3, aber die Textprojektion des Checkpoints nimmt %4 Eingänge.</translation>
    </message>
</context>
<context>
    <name>a2a::BucketBar</name>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="14"/>
        <source>&amp;Bucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="19"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="21"/>
        <source>audio_duration_seconds: every clip is fitted to this length; shorter clips are skipped</source>
        <translation>audio_duration_seconds: Jeder Clip wird auf diese Länge gebracht; kürzere Clips werden übersprungen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="23"/>
        <source>Preserve &amp;pitch</source>
        <translation>Tonhöhe &amp;erhalten</translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="24"/>
        <source>audio_preserve_pitch: a clip up to 10 % longer than the bucket is time-compressed with pitch kept instead of trimmed</source>
        <translation>audio_preserve_pitch: Ein Clip, der bis zu 10 % länger als der Bucket ist, wird bei gleicher Tonhöhe zeitlich gestaucht statt zugeschnitten</translation>
    </message>
</context>
<context>
    <name>a2a::CaptionPanel</name>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="52"/>
        <source>e.g. tonech4nge</source>
        <translation>z. B. tonech4nge</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="53"/>
        <source>Prepended to every caption; the word that calls up the LoRA. Press Enter to apply.</source>
        <translation>Wird jeder Beschreibung vorangestellt; das Wort, das die LoRA aufruft. Mit der Eingabetaste übernehmen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="55"/>
        <source>&amp;Trigger phrase:</source>
        <translation>&amp;Trigger-Phrase:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="61"/>
        <source>Describe the target sound, e.g. &quot;a warm vintage-radio version of the voice&quot;</source>
        <translation>Den Zielklang beschreiben, z. B. „a warm vintage-radio version of the voice“</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="63"/>
        <source>Ctrl+Enter or leaving the field applies the caption (undoable)</source>
        <translation>Strg+Eingabe oder Verlassen des Feldes übernimmt die Beschreibung (rückgängig machbar)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="81"/>
        <source>Caption checks: empty or duplicate captions, the trigger phrase, length</source>
        <translation>Prüfung der Beschreibungen: leere oder doppelte Beschreibungen, Trigger-Phrase, Länge</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="161"/>
        <source>Caption of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Beschreibung von &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="161"/>
        <source>Caption: select a pair</source>
        <translation>Beschreibung: ein Paar auswählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="179"/>
        <source>Final caption: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Endgültige Beschreibung: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="179"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="182"/>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;%1 words: over the %2 the text encoder reads&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02020&apos;&gt;%1 Wörter: mehr als die %2, die der Text-Encoder liest&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="183"/>
        <source>%1 of %2 words</source>
        <translation>%1 von %2 Wörtern</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/CaptionPanel.cpp" line="200"/>
        <source>%n pair(s) in the dataset have caption problems (%1 empty, %2 duplicate, %3 with the trigger inside, %4 too long); &quot;Only problems&quot; lists them</source>
        <translation>
            <numerusform>%n Paar im Datensatz hat Probleme mit der Beschreibung (%1 leer, %2 doppelt, %3 mit enthaltener Trigger-Phrase, %4 zu lang); „Nur Probleme“ listet es auf</numerusform>
            <numerusform>%n Paare im Datensatz haben Probleme mit der Beschreibung (%1 leer, %2 doppelt, %3 mit enthaltener Trigger-Phrase, %4 zu lang); „Nur Probleme“ listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="207"/>
        <source>Captions look fine</source>
        <translation>Die Beschreibungen sehen gut aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/CaptionPanel.cpp" line="215"/>
        <source>%n _start file(s) without an _end (skipped). Pair one with a target file:</source>
        <translation>
            <numerusform>%n _start-Datei ohne _end (übersprungen). Mit einer Zieldatei paaren:</numerusform>
            <numerusform>%n _start-Dateien ohne _end (übersprungen). Eine davon mit einer Zieldatei paaren:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::ClipPicker</name>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="29"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation>Audiodateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="42"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="53"/>
        <source>Cannot keep a copy of %1 in %2: %3</source>
        <translation>Eine Kopie von %1 kann nicht in %2 abgelegt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="64"/>
        <source>Reference clip: a file, or a pair&apos;s reference</source>
        <translation>Referenzclip: eine Datei oder die Referenz eines Paares</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="67"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="68"/>
        <source>Choose an audio file (wav, mp3, flac, ogg, aac, m4a)</source>
        <translation>Eine Audiodatei wählen (wav, mp3, flac, ogg, aac, m4a)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="70"/>
        <source>From dataset</source>
        <translation>Aus dem Datensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="71"/>
        <source>Use the reference (_start) clip of a pair of the open dataset</source>
        <translation>Den Referenzclip (_start) eines Paares aus dem geöffneten Datensatz verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="103"/>
        <source>Choose a Reference Clip</source>
        <translation>Referenzclip wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="116"/>
        <source>No dataset is open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="128"/>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="131"/>
        <source>No pair has a readable reference</source>
        <translation>Kein Paar hat eine lesbare Referenz</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/ClipPicker.cpp" line="133"/>
        <source>… and %n more: type the path instead</source>
        <translation>
            <numerusform>… und %n weiterer: stattdessen den Pfad eingeben</numerusform>
            <numerusform>… und %n weitere: stattdessen den Pfad eingeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="151"/>
        <source>%1 · %2 (pair)</source>
        <translation>%1 · %2 (Paar)</translation>
    </message>
</context>
<context>
    <name>a2a::DatasetController</name>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="124"/>
        <source>Exclude %n Pair(s)</source>
        <translation>
            <numerusform>%n Paar ausschließen</numerusform>
            <numerusform>%n Paare ausschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="125"/>
        <source>Include %n Pair(s)</source>
        <translation>
            <numerusform>%n Paar einbeziehen</numerusform>
            <numerusform>%n Paare einbeziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="165"/>
        <source>Set %n Empty Caption(s)</source>
        <translation>
            <numerusform>%n leere Beschreibung setzen</numerusform>
            <numerusform>%n leere Beschreibungen setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="186"/>
        <source>Replace &quot;%1&quot; in %n Caption(s)</source>
        <translation>
            <numerusform>„%1“ in %n Beschreibung ersetzen</numerusform>
            <numerusform>„%1“ in %n Beschreibungen ersetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::DatasetStatsView</name>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="63"/>
        <source>&lt;b&gt;Durations&lt;/b&gt; %1 – %2 s over %n clip(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Dauern&lt;/b&gt; %1 – %2 s bei %n Clip</numerusform>
            <numerusform>&lt;b&gt;Dauern&lt;/b&gt; %1 – %2 s über %n Clips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="66"/>
        <source>&lt;b&gt;Formats&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Formate&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="69"/>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="70"/>
        <source>&lt;b&gt;Sample rates&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abtastraten&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="74"/>
        <source>&lt;b&gt;Captions&lt;/b&gt; %1 of %2 pairs; %3–%4 words (median %5); %6 over %7 words with the trigger</source>
        <translation>&lt;b&gt;Beschreibungen&lt;/b&gt; %1 von %2 Paaren; %3–%4 Wörter (Median %5); %6 über %7 Wörtern mit Trigger-Phrase</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="79"/>
        <source>&lt;b&gt;Captions&lt;/b&gt; none of %n pair(s) has a caption</source>
        <translation>
            <numerusform>&lt;b&gt;Beschreibungen&lt;/b&gt; das %n Paar hat keine Beschreibung</numerusform>
            <numerusform>&lt;b&gt;Beschreibungen&lt;/b&gt; keines der %n Paare hat eine Beschreibung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="88"/>
        <source>Statistics appear when a dataset is open.</source>
        <translation>Die Statistik erscheint, wenn ein Datensatz geöffnet ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="98"/>
        <source>A %1 s bucket would keep %n more pair(s).</source>
        <translation>
            <numerusform>Ein Bucket von %1 s würde %n Paar mehr behalten.</numerusform>
            <numerusform>Ein Bucket von %1 s würde %n Paare mehr behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="102"/>
        <source>A %1 s bucket would keep all %n skipped pair(s).</source>
        <translation>
            <numerusform>Ein Bucket von %1 s würde das %n übersprungene Paar behalten.</numerusform>
            <numerusform>Ein Bucket von %1 s würde alle %n übersprungenen Paare behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="104"/>
        <source>The skipped pairs are shorter than the 0.5 s minimum bucket.</source>
        <translation>Die übersprungenen Paare sind kürzer als der kleinste Bucket von 0.5 s.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="107"/>
        <source>Use %1 s</source>
        <translation>%1 s verwenden</translation>
    </message>
</context>
<context>
    <name>a2a::DiagnosisPanel</name>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="13"/>
        <source>Read from the curves, in the terms of the reference service&apos;s &quot;Diagnosing Issues&quot;</source>
        <translation>Aus den Kurven abgelesen, in den Begriffen von „Diagnosing Issues“ des Referenzdienstes</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="21"/>
        <source>&lt;b&gt;The loss broke down&lt;/b&gt; (%1 at step %2). Lower the learning rate (now %3) and check the pairs for silent or broken clips.</source>
        <translation>&lt;b&gt;Der Loss ist zusammengebrochen&lt;/b&gt; (%1 bei Schritt %2). Die Lernrate senken (jetzt %3) und die Paare auf stumme oder defekte Clips prüfen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="24"/>
        <source>&lt;b&gt;The loss is not falling&lt;/b&gt; (now %1 × its starting level). Raise the learning rate (now %2), or check the data: pairs should differ only by the intended transformation.</source>
        <translation>&lt;b&gt;Der Loss sinkt nicht&lt;/b&gt; (jetzt %1 × sein Anfangsniveau). Die Lernrate erhöhen (jetzt %2) oder die Daten prüfen: Die Paare sollten sich nur durch die beabsichtigte Transformation unterscheiden.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="28"/>
        <source>&lt;b&gt;Overfitting&lt;/b&gt;: the held-out metric was best at step %1 (%2) and rose to %3 while the training loss kept falling. Use fewer steps (about %1), a lower rank than %4, or more pairs.</source>
        <translation>&lt;b&gt;Overfitting&lt;/b&gt;: Die Hold-out-Metrik war bei Schritt %1 am besten (%2) und stieg auf %3, während der Trainings-Loss weiter sank. Weniger Schritte (etwa %1), einen niedrigeren Rang als %4 oder mehr Paare verwenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="32"/>
        <source>&lt;b&gt;Worse than the base model&lt;/b&gt; on the held-out pair (step 0: %1, now %2): what the LoRA learns from the training pairs does not carry over. Overfitting: fewer steps, a lower rank than %3, more pairs, or a lower learning rate (now %4).</source>
        <translation>&lt;b&gt;Schlechter als das Basismodell&lt;/b&gt; beim Hold-out-Paar (Schritt 0: %1, jetzt %2): Was die LoRA aus den Trainingspaaren lernt, überträgt sich nicht. Overfitting: weniger Schritte, ein niedrigerer Rang als %3, mehr Paare oder eine niedrigere Lernrate (jetzt %4).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="36"/>
        <source>&lt;b&gt;Output ignores the reference&lt;/b&gt;: the held-out metric stays near 1.0 (%1), no closer to the target than the reference itself. Ensure the pairs differ only by the intended transformation and keep captions consistent; if they do, the transformation is too weak: more steps, a higher rank.</source>
        <translation>&lt;b&gt;Die Ausgabe ignoriert die Referenz&lt;/b&gt;: Die Hold-out-Metrik bleibt nahe 1.0 (%1), also nicht näher am Ziel als die Referenz selbst. Sicherstellen, dass sich die Paare nur durch die beabsichtigte Transformation unterscheiden, und die Beschreibungen einheitlich halten; ist das der Fall, ist die Transformation zu schwach: mehr Schritte, ein höherer Rang.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="41"/>
        <source>&lt;b&gt;Still improving&lt;/b&gt; at the last validation (step %1, %2): more steps may help.</source>
        <translation>&lt;b&gt;Noch in Verbesserung&lt;/b&gt; bei der letzten Validierung (Schritt %1, %2): Mehr Schritte können helfen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="43"/>
        <source>&lt;b&gt;Learning&lt;/b&gt;: the held-out metric went from %1 to %2 (1.0 = no better than passing the reference through; lower is better).</source>
        <translation>&lt;b&gt;Lernt&lt;/b&gt;: Die Hold-out-Metrik ging von %1 auf %2 (1.0 = nicht besser als die unveränderte Referenz; niedriger ist besser).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="45"/>
        <source>&lt;b&gt;Learning&lt;/b&gt;: the training loss is falling; the held-out metric has not improved yet.</source>
        <translation>&lt;b&gt;Lernt&lt;/b&gt;: Der Trainings-Loss sinkt; die Hold-out-Metrik hat sich noch nicht verbessert.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="46"/>
        <source>&lt;b&gt;Learning&lt;/b&gt;: the training loss is falling.</source>
        <translation>&lt;b&gt;Lernt&lt;/b&gt;: Der Trainings-Loss sinkt.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="60"/>
        <source>&lt;span style=&quot;color:gray&quot;&gt;The diagnosis appears once the curves say enough (a few dozen steps and a validation).&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Die Diagnose erscheint, sobald die Kurven genug aussagen (einige Dutzend Schritte und eine Validierung).&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>a2a::DurationHistogramView</name>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="110"/>
        <source>clip duration (s)</source>
        <translation>Clipdauer (s)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="116"/>
        <source>bucket %1 s</source>
        <translation>Bucket %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="126"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="126"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="126"/>
        <source>skipped: shorter than the bucket</source>
        <translation>übersprungen: kürzer als der Bucket</translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="145"/>
        <source>%1–%2 s: %3 reference, %4 target clip(s)</source>
        <translation>%1–%2 s: %3 Referenz-, %4 Zielclip(s)</translation>
    </message>
</context>
<context>
    <name>a2a::EditActions</name>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="25"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation>Audiodateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="37"/>
        <source>Edit &amp;Caption</source>
        <translation>&amp;Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="39"/>
        <location filename="../src/ui/actions/EditActions.cpp" line="111"/>
        <source>E&amp;xclude Pair</source>
        <translation>Paar a&amp;usschließen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="41"/>
        <source>Leave the selected pairs out of training and of the saved zip (Ctrl+E)</source>
        <translation>Die ausgewählten Paare vom Training und vom gespeicherten Zip ausschließen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="42"/>
        <source>Replace &amp;Reference…</source>
        <translation>Re&amp;ferenz ersetzen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="43"/>
        <source>Use another audio file as this pair&apos;s reference (_start)</source>
        <translation>Eine andere Audiodatei als Referenz (_start) dieses Paares verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="44"/>
        <source>Replace &amp;Target…</source>
        <translation>&amp;Ziel ersetzen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="45"/>
        <source>Use another audio file as this pair&apos;s target (_end)</source>
        <translation>Eine andere Audiodatei als Ziel (_end) dieses Paares verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="46"/>
        <source>&amp;Pair Orphan with Target…</source>
        <translation>&amp;Verwaiste Datei mit Ziel paaren…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="47"/>
        <source>Choose a target file for a _start clip that has no _end</source>
        <translation>Eine Zieldatei für einen _start-Clip ohne _end wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="48"/>
        <source>Set &amp;Empty Captions…</source>
        <translation>&amp;Leere Beschreibungen setzen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="49"/>
        <source>Give every pair without a caption the same caption</source>
        <translation>Allen Paaren ohne Beschreibung dieselbe Beschreibung geben</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="50"/>
        <source>&amp;Find and Replace in Captions…</source>
        <translation>&amp;Suchen und Ersetzen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="71"/>
        <source>Cannot Use the File</source>
        <translation>Datei nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="111"/>
        <source>Include Pair</source>
        <translation>Paar einbeziehen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="136"/>
        <source>Replace the Reference of %1</source>
        <translation>Referenz von %1 ersetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="137"/>
        <source>Replace the Target of %1</source>
        <translation>Ziel von %1 ersetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="144"/>
        <location filename="../src/ui/actions/EditActions.cpp" line="166"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="155"/>
        <source>Pair an Orphan</source>
        <translation>Verwaiste Datei paaren</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="155"/>
        <source>_start file without an _end:</source>
        <translation>_start-Datei ohne _end:</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="159"/>
        <source>Choose the Target for %1</source>
        <translation>Ziel für %1 wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="172"/>
        <source>Set Empty Captions</source>
        <translation>Leere Beschreibungen setzen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="173"/>
        <source>Caption for every pair that has none:</source>
        <translation>Beschreibung für jedes Paar, das keine hat:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/actions/EditActions.cpp" line="177"/>
        <source>Set %n caption(s)</source>
        <translation>
            <numerusform>%n Beschreibung gesetzt</numerusform>
            <numerusform>%n Beschreibungen gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/actions/EditActions.cpp" line="186"/>
        <source>Changed %n caption(s)</source>
        <translation>
            <numerusform>%n Beschreibung geändert</numerusform>
            <numerusform>%n Beschreibungen geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::EditCaptionCommand</name>
    <message>
        <location filename="../src/ui/commands/EditCaptionCommand.cpp" line="14"/>
        <source>Edit Caption of %1</source>
        <translation>Beschreibung von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>a2a::EstimateController</name>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="103"/>
        <source>No base model was found: set A2A_DEFAULT_BASE or install the default model</source>
        <translation>Kein Basismodell gefunden: A2A_DEFAULT_BASE setzen oder das Standardmodell installieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/EstimateController.cpp" line="152"/>
        <source>about %n s</source>
        <translation>
            <numerusform>etwa %n s</numerusform>
            <numerusform>etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/EstimateController.cpp" line="155"/>
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n min</numerusform>
            <numerusform>etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="156"/>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="163"/>
        <source>~%1 GB</source>
        <translation>~%1 GB</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="165"/>
        <source>~%1 MB</source>
        <translation>~%1 MB</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="172"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/EstimateController.cpp" line="177"/>
        <source>%1 s/step × %2 steps (%3) + %4 validation round(s) × %5 preview(s) (%6); measured in %7 s, %n thread(s)</source>
        <translation>
            <numerusform>%1 s/Schritt × %2 Schritte (%3) + %4 Validierungsrunde(n) × %5 Vorschau(en) (%6); gemessen in %7 s, %n Thread</numerusform>
            <numerusform>%1 s/Schritt × %2 Schritte (%3) + %4 Validierungsrunde(n) × %5 Vorschau(en) (%6); gemessen in %7 s, %n Threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::EstimateView</name>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="17"/>
        <source>No estimate yet</source>
        <translation>Noch keine Schätzung</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="22"/>
        <source>Estimate time and memory</source>
        <translation>Zeit und Speicher schätzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="23"/>
        <source>Load the base model and time a few training steps and one preview step on this machine</source>
        <translation>Das Basismodell laden und auf diesem Rechner einige Trainingsschritte und einen Vorschauschritt messen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="33"/>
        <source>Measured on this machine: the base model with a LoRA of this rank, a few training steps on clips of the bucket&apos;s length, one preview step and one decode. Memory is the peak that training adds to this process. Preparing the clips (once, then cached) comes on top.</source>
        <translation>Gemessen auf diesem Rechner: das Basismodell mit einer LoRA dieses Rangs, einige Trainingsschritte mit Clips von der Länge des Buckets, ein Vorschauschritt und eine Dekodierung. Der Speicher ist die Spitze, die das Training diesem Prozess hinzufügt. Das Vorbereiten der Clips (einmalig, danach zwischengespeichert) kommt hinzu.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="45"/>
        <source>Estimate cancelled</source>
        <translation>Schätzung abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="50"/>
        <source>Measuring a few training steps on this machine…</source>
        <translation>Einige Trainingsschritte werden auf diesem Rechner gemessen…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="53"/>
        <source>Settings changed: measuring again shortly…</source>
        <translation>Einstellungen geändert: Gleich wird neu gemessen…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="54"/>
        <source>No estimate: %1</source>
        <translation>Keine Schätzung: %1</translation>
    </message>
</context>
<context>
    <name>a2a::ExcludePairCommand</name>
    <message>
        <location filename="../src/ui/commands/ExcludePairCommand.cpp" line="14"/>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <location filename="../src/ui/commands/ExcludePairCommand.cpp" line="15"/>
        <source>Include %1</source>
        <translation>%1 einbeziehen</translation>
    </message>
</context>
<context>
    <name>a2a::FileActions</name>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="26"/>
        <source>&amp;New Sample Dataset…</source>
        <translation>&amp;Neuer Beispieldatensatz…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="28"/>
        <source>Generate a small paired dataset (speech through a radio, noisy → clean, one instrument → another)</source>
        <translation>Einen kleinen Datensatz aus Paaren erzeugen (Sprache durch ein Radio, verrauscht → sauber, ein Instrument → ein anderes)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="29"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="31"/>
        <source>Open a .zip of pairs (Ctrl+O)</source>
        <translation>Ein .zip mit Paaren öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="32"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="34"/>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="36"/>
        <source>&amp;Save Dataset As…</source>
        <translation>Datensatz &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="38"/>
        <source>Write the curated dataset as a new zip (Ctrl+Shift+S); the original is never overwritten</source>
        <translation>Den kuratierten Datensatz als neues Zip schreiben (Strg+Umschalt+S); das Original wird nie überschrieben</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="66"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="87"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="99"/>
        <source>Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="100"/>
        <source>The dataset has edits that are not saved. Save them as a new zip first?</source>
        <translation>Der Datensatz hat ungespeicherte Änderungen. Zuerst als neues Zip speichern?</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="122"/>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="123"/>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Zip-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="132"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="142"/>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="142"/>
        <source>Link to a .zip of pairs (http or https):</source>
        <translation>Link zu einem .zip mit Paaren (http oder https):</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="170"/>
        <location filename="../src/ui/actions/FileActions.cpp" line="185"/>
        <source>Save Dataset As</source>
        <translation>Datensatz speichern unter</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="170"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="178"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="185"/>
        <source>The dataset was not saved: %1</source>
        <translation>Der Datensatz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="186"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/actions/FileActions.cpp" line="191"/>
        <source>Saved %n pair(s) to %1</source>
        <translation>
            <numerusform>%n Paar in %1 gespeichert</numerusform>
            <numerusform>%n Paare in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::FindReplaceDialog</name>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="13"/>
        <source>Find and Replace in Captions</source>
        <translation>Suchen und Ersetzen in Beschreibungen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="17"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="18"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="19"/>
        <source>&amp;Replace with:</source>
        <translation>&amp;Ersetzen durch:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="22"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
</context>
<context>
    <name>a2a::ImportController</name>
    <message>
        <location filename="../src/ui/controllers/ImportController.cpp" line="61"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/ImportController.cpp" line="73"/>
        <source>Making a %1 sample dataset of %n pair(s)…</source>
        <translation>
            <numerusform>Beispieldatensatz „%1“ mit %n Paar wird erstellt…</numerusform>
            <numerusform>Beispieldatensatz „%1“ mit %n Paaren wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ImportController.cpp" line="115"/>
        <source>The sample dataset could not be made: %1</source>
        <translation>Der Beispieldatensatz konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>a2a::InterruptedRunBanner</name>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="16"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="17"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="18"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="25"/>
        <source>Continue the run from its newest checkpoint</source>
        <translation>Den Lauf ab seinem neuesten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="26"/>
        <source>Do not offer this run again (it stays in the training history, where it can still be resumed)</source>
        <translation>Diesen Lauf nicht mehr anbieten (er bleibt im Trainingsverlauf und kann dort weiterhin fortgesetzt werden)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="55"/>
        <source>it continues from its checkpoint at step %1</source>
        <translation>er wird ab seinem Checkpoint bei Schritt %1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="56"/>
        <source>it starts again from the beginning (no checkpoint was saved yet)</source>
        <translation>er beginnt wieder von vorn (es wurde noch kein Checkpoint gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="57"/>
        <source>&lt;b&gt;A training run was interrupted&lt;/b&gt; (A2A Studio closed unexpectedly or the power went off): %1, step %2 of %3. Resume it: %4.</source>
        <translation>&lt;b&gt;Ein Trainingslauf wurde unterbrochen&lt;/b&gt; (A2A Studio wurde unerwartet beendet oder der Strom fiel aus): %1, Schritt %2 von %3. Fortsetzen: %4.</translation>
    </message>
</context>
<context>
    <name>a2a::LanguageMenu</name>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="22"/>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="37"/>
        <source>The interface stays in the system&apos;s language.</source>
        <translation>Die Oberfläche bleibt in der Sprache des Systems.</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="38"/>
        <source>The interface will use the system&apos;s language from the next start of A2A Studio.</source>
        <translation>Ab dem nächsten Start von A2A Studio verwendet die Oberfläche die Sprache des Systems.</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="40"/>
        <source>The interface stays in %1.</source>
        <translation>Die Oberfläche bleibt auf %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="41"/>
        <source>The interface will be in %1 from the next start of A2A Studio.</source>
        <translation>Ab dem nächsten Start von A2A Studio ist die Oberfläche auf %1.</translation>
    </message>
</context>
<context>
    <name>a2a::LossChartView</name>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="71"/>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="74"/>
        <source>Loss per step</source>
        <translation>Loss pro Schritt</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="78"/>
        <source>Loss (smoothed)</source>
        <translation>Loss (geglättet)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="80"/>
        <source>Held-out (right)</source>
        <translation>Hold-out (rechts)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="83"/>
        <source>1.0 = reference</source>
        <translation>1.0 = Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="91"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="93"/>
        <source>Held-out metric</source>
        <translation>Hold-out-Metrik</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="110"/>
        <source>Show the loss on a logarithmic scale: small changes late in training become visible</source>
        <translation>Den Loss auf einer logarithmischen Skala zeigen: Kleine Änderungen spät im Training werden sichtbar</translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="145"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
</context>
<context>
    <name>a2a::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="60"/>
        <location filename="../src/ui/MainWindow.cpp" line="294"/>
        <location filename="../src/ui/MainWindow.cpp" line="441"/>
        <source>A2A Studio</source>
        <translation>A2A Studio</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="79"/>
        <source>&amp;Dataset</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="80"/>
        <location filename="../src/ui/MainWindow.cpp" line="244"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="96"/>
        <source>Stop opening or saving (Esc)</source>
        <translation>Öffnen oder Speichern abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="107"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="135"/>
        <source>Captions and Fixes</source>
        <translation>Beschreibungen und Korrekturen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="136"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="137"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="168"/>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="169"/>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="217"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="221"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="223"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="240"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="256"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="257"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="258"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="261"/>
        <source>&amp;About A2A Studio</source>
        <translation>Ü&amp;ber A2A Studio</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="262"/>
        <source>About A2A Studio</source>
        <translation>Über A2A Studio</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="263"/>
        <source>&lt;h3&gt;A2A Studio %1&lt;/h3&gt;&lt;p&gt;Curate paired audio datasets and train audio-to-audio IC-LoRAs for the LTX-2.3 audio transformer.&lt;/p&gt;&lt;p&gt;MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;A2A Studio %1&lt;/h3&gt;&lt;p&gt;Gepaarte Audio-Datensätze kuratieren und Audio-zu-Audio-IC-LoRAs für den Audio-Transformer von LTX-2.3 trainieren.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="267"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="269"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="291"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="340"/>
        <source>A training run was interrupted; the Training tab offers to resume it.</source>
        <translation>Ein Trainingslauf wurde unterbrochen; der Reiter „Training“ bietet an, ihn fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="413"/>
        <source>Opened %1: %n pair(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Paar</numerusform>
            <numerusform>%1 geöffnet: %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="417"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="445"/>
        <source>%1[*] — A2A Studio</source>
        <translation>%1[*] — A2A Studio</translation>
    </message>
</context>
<context>
    <name>a2a::PairInspector</name>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="27"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="28"/>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="29"/>
        <source>%1 ch</source>
        <translation>%1 Kan.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="30"/>
        <source>%1 (%2 %3, %4 kHz, %5)</source>
        <translation>%1 (%2 %3, %4 kHz, %5)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="62"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="64"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="66"/>
        <source>Show &amp;Whole Clips</source>
        <translation>&amp;Ganze Clips zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="97"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="98"/>
        <source>Zoom in (Ctrl++; Ctrl+wheel on a waveform)</source>
        <translation>Vergrößern (Strg++; Strg+Mausrad über einer Wellenform)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="99"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="100"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="101"/>
        <source>Whole</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="102"/>
        <source>Show the whole clips (Ctrl+0; double-click a waveform)</source>
        <translation>Die ganzen Clips zeigen (Strg+0; Doppelklick auf eine Wellenform)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="103"/>
        <source>Move both spans together</source>
        <translation>Bereiche koppeln</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="105"/>
        <source>Dragging one side&apos;s bucket span moves the other side&apos;s by the same amount</source>
        <translation>Das Ziehen des Bucket-Bereichs einer Seite verschiebt den der anderen Seite um denselben Betrag</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="143"/>
        <source>Select a pair in the table to see and hear it.</source>
        <translation>Ein Paar in der Tabelle auswählen, um es zu sehen und zu hören.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="144"/>
        <source>Open a dataset to inspect its pairs.</source>
        <translation>Einen Datensatz öffnen, um seine Paare zu prüfen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="161"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="161"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>a2a::PairListPane</name>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="29"/>
        <source>&lt;h2&gt;Drop a dataset here&lt;/h2&gt;&lt;p&gt;A .zip of &lt;tt&gt;&amp;lt;name&amp;gt;_start&lt;/tt&gt; / &lt;tt&gt;&amp;lt;name&amp;gt;_end&lt;/tt&gt; audio pairs (wav, mp3, flac, ogg, aac, m4a) with optional &lt;tt&gt;&amp;lt;name&amp;gt;.txt&lt;/tt&gt; captions, a folder of them, or a link to a zip.&lt;/p&gt;&lt;p&gt;Or use File ▸ Open (Ctrl+O), File ▸ Open URL, or File ▸ New Sample Dataset.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Datensatz hier ablegen&lt;/h2&gt;&lt;p&gt;Ein .zip mit Audiopaaren &lt;tt&gt;&amp;lt;name&amp;gt;_start&lt;/tt&gt; / &lt;tt&gt;&amp;lt;name&amp;gt;_end&lt;/tt&gt; (wav, mp3, flac, ogg, aac, m4a) und optionalen Beschreibungen &lt;tt&gt;&amp;lt;name&amp;gt;.txt&lt;/tt&gt;, ein Ordner damit oder ein Link zu einem Zip.&lt;/p&gt;&lt;p&gt;Oder Datei ▸ Datensatz öffnen (Strg+O), Datei ▸ URL öffnen oder Datei ▸ Neuer Beispieldatensatz verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="45"/>
        <source>Filter by name, status or caption (Ctrl+F)</source>
        <translation>Nach Name, Status oder Beschreibung filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="47"/>
        <source>Only &amp;problems</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="48"/>
        <source>Show only pairs that are not ok or whose caption has a problem</source>
        <translation>Nur Paare zeigen, die nicht in Ordnung sind oder deren Beschreibung ein Problem hat</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="82"/>
        <source>Show Only &amp;Problems</source>
        <translation>Nur &amp;Probleme zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="91"/>
        <source>&amp;Filter Pairs</source>
        <translation>Paare &amp;filtern</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="168"/>
        <source>%1 of %n pair(s) shown</source>
        <translation>
            <numerusform>%1 von %n Paar angezeigt</numerusform>
            <numerusform>%1 von %n Paaren angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="177"/>
        <source>&lt;b&gt;%1 usable&lt;/b&gt; · %2 skipped (shorter than the %3 s bucket) · %4 with errors · %5 excluded — of %n pair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 verwendbar&lt;/b&gt; · %2 übersprungen (kürzer als der Bucket von %3 s) · %4 mit Fehlern · %5 ausgeschlossen — von %n Paar</numerusform>
            <numerusform>&lt;b&gt;%1 verwendbar&lt;/b&gt; · %2 übersprungen (kürzer als der Bucket von %3 s) · %4 mit Fehlern · %5 ausgeschlossen — von %n Paaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="180"/>
        <source>. A %1 s bucket would keep all %n skipped pair(s)</source>
        <translation>
            <numerusform>. Ein Bucket von %1 s würde das %n übersprungene Paar behalten</numerusform>
            <numerusform>. Ein Bucket von %1 s würde alle %n übersprungenen Paare behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="182"/>
        <source>; a %1 s bucket would keep %n more</source>
        <translation>
            <numerusform>; ein Bucket von %1 s würde %n mehr behalten</numerusform>
            <numerusform>; ein Bucket von %1 s würde %n mehr behalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="184"/>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;&lt;b&gt;Cannot be trained on yet:&lt;/b&gt; the service would refuse it (HTTP 422).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02020&apos;&gt;&lt;b&gt;Noch nicht trainierbar:&lt;/b&gt; Der Dienst würde ihn ablehnen (HTTP 422).&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="185"/>
        <source>&lt;span style=&apos;color:#2a7a2a&apos;&gt;&lt;b&gt;Ready to train on %n pair(s).&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#2a7a2a&apos;&gt;&lt;b&gt;Bereit zum Training mit %n Paar.&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#2a7a2a&apos;&gt;&lt;b&gt;Bereit zum Training mit %n Paaren.&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="197"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="197"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>a2a::PairOrphanCommand</name>
    <message>
        <location filename="../src/ui/commands/PairOrphanCommand.cpp" line="13"/>
        <source>Pair %1</source>
        <translation>%1 paaren</translation>
    </message>
</context>
<context>
    <name>a2a::PairTableModel</name>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="17"/>
        <source>— unreadable</source>
        <translation>— nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>%1 ch</source>
        <translation>%1 Kan.</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="20"/>
        <source>%1 s · %2 %3 kHz %4</source>
        <translation>%1 s · %2 %3 kHz %4</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="43"/>
        <source>%1 s, %2 %3, %4 Hz, %5 ch</source>
        <translation>%1 s, %2 %3, %4 Hz, %5 Kan.</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="48"/>
        <source>fit: %1</source>
        <translation>Einpassung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="114"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="115"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="116"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="117"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="118"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="139"/>
        <source>error: a clip cannot be read</source>
        <translation>Fehler: Ein Clip kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="146"/>
        <source>reference %1 s</source>
        <translation>Referenz %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="147"/>
        <source>target %1 s</source>
        <translation>Ziel %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="149"/>
        <source>skipped: %1 &lt; %2 s bucket</source>
        <translation>übersprungen: %1 &lt; Bucket von %2 s</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="149"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="184"/>
        <source>Final caption: %1</source>
        <translation>Endgültige Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="191"/>
        <source>both clips fill a bucket of at most %1 s</source>
        <translation>beide Clips füllen einen Bucket von höchstens %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="261"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="262"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="263"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="264"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="265"/>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>a2a::PlaybackController</name>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="14"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="16"/>
        <source>Play or pause the selected side (Space)</source>
        <translation>Die ausgewählte Seite abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="17"/>
        <source>Play &amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="19"/>
        <source>Play the reference (the _start clip) (R)</source>
        <translation>Die Referenz abspielen (den _start-Clip) (R)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="20"/>
        <source>Play &amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="22"/>
        <source>Play the target (the _end clip) (T)</source>
        <translation>Das Ziel abspielen (den _end-Clip) (T)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="23"/>
        <source>A/B &amp;Switch</source>
        <translation>A/B-&amp;Wechsel</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="25"/>
        <source>Switch between reference and target at the same moment (B)</source>
        <translation>An derselben Stelle zwischen Referenz und Ziel umschalten (B)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="26"/>
        <source>Play &amp;As Trained</source>
        <translation>Wie &amp;trainiert</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="29"/>
        <source>Hear what the model gets: fitted to the bucket, 16 kHz, normalized (A)</source>
        <translation>Hören, was das Modell bekommt: in den Bucket eingepasst, 16 kHz, normalisiert (A)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="30"/>
        <source>&amp;Match Loudness</source>
        <translation>&amp;Lautheit angleichen</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="33"/>
        <source>Play both sides at the same loudness (listening only; the data is untouched)</source>
        <translation>Beide Seiten gleich laut abspielen (nur beim Anhören; die Daten bleiben unverändert)</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="142"/>
        <source>Preparing %1 for listening…</source>
        <translation>%1 wird zum Anhören vorbereitet…</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="157"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="157"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="159"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="161"/>
        <source>%1 %2 dB to match</source>
        <translation>%1 %2 dB zum Angleichen</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="233"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="233"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
</context>
<context>
    <name>a2a::PreviewPanel</name>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="30"/>
        <source>Which validation entry&apos;s preview to play</source>
        <translation>Die Vorschau welches Validierungseintrags abgespielt wird</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="35"/>
        <source>Play the preview made at the selected step</source>
        <translation>Die beim ausgewählten Schritt erzeugte Vorschau abspielen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="36"/>
        <source>Step 0 (no LoRA)</source>
        <translation>Schritt 0 (ohne LoRA)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="37"/>
        <source>Play the base model&apos;s output for the same reference and prompt, at the same position</source>
        <translation>Die Ausgabe des Basismodells für dieselbe Referenz und denselben Prompt an derselben Stelle abspielen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="38"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="39"/>
        <source>Play the reference clip the preview was made from, at the same position</source>
        <translation>Den Referenzclip, aus dem die Vorschau erzeugt wurde, an derselben Stelle abspielen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="40"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="41"/>
        <source>Switch between the preview and what it is compared with, at the same position</source>
        <translation>An derselben Stelle zwischen der Vorschau und ihrem Vergleich umschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="43"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="152"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="152"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="234"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="246"/>
        <source>preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="248"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="248"/>
        <source>step 0</source>
        <translation>Schritt 0</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="248"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="263"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="263"/>
        <source>Step 0</source>
        <translation>Schritt 0</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="263"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="271"/>
        <source>step 0 (no LoRA)</source>
        <translation>Schritt 0 (ohne LoRA)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="271"/>
        <source>the reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="272"/>
        <source>Playing the step %1 preview · A/B with %2</source>
        <translation>Wiedergabe: Vorschau von Schritt %1 · A/B mit %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="273"/>
        <source>Playing %1 · A/B with the step %2 preview</source>
        <translation>Wiedergabe: %1 · A/B mit der Vorschau von Schritt %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="274"/>
        <source>Playing</source>
        <translation>Wiedergabe</translation>
    </message>
</context>
<context>
    <name>a2a::PreviewTimeline</name>
    <message>
        <location filename="../src/ui/views/PreviewTimeline.cpp" line="21"/>
        <source>Validation previews by training step; step 0 is the base model without the LoRA. Click one to listen.</source>
        <translation>Validierungsvorschauen nach Trainingsschritt; Schritt 0 ist das Basismodell ohne LoRA. Zum Anhören eine anklicken.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewTimeline.cpp" line="78"/>
        <source>Previews appear here as training makes them, starting with step 0 (no LoRA).</source>
        <translation>Die Vorschauen erscheinen hier, sobald das Training sie erzeugt, beginnend mit Schritt 0 (ohne LoRA).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewTimeline.cpp" line="91"/>
        <source>0 (base)</source>
        <translation>0 (Basis)</translation>
    </message>
</context>
<context>
    <name>a2a::ReplaceClipCommand</name>
    <message>
        <location filename="../src/ui/commands/ReplaceClipCommand.cpp" line="13"/>
        <source>Replace Target of %1</source>
        <translation>Ziel von %1 ersetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/commands/ReplaceClipCommand.cpp" line="14"/>
        <source>Replace Reference of %1</source>
        <translation>Referenz von %1 ersetzen</translation>
    </message>
</context>
<context>
    <name>a2a::ReportView</name>
    <message>
        <location filename="../src/ui/views/ReportView.cpp" line="20"/>
        <source>The dataset report appears here when a dataset is open.</source>
        <translation>Der Bericht zum Datensatz erscheint hier, wenn ein Datensatz geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>a2a::RequestFileActions</name>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="18"/>
        <source>&amp;Import Request JSON…</source>
        <translation>Anfrage-JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="19"/>
        <source>Load training settings from a request JSON (the service&apos;s field names)</source>
        <translation>Trainingseinstellungen aus einer Anfrage-JSON laden (mit den Feldnamen des Dienstes)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="20"/>
        <source>E&amp;xport Request JSON…</source>
        <translation>Anfrage-JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="21"/>
        <source>Save the training settings as a request JSON for a2a-train or the hosted service</source>
        <translation>Die Trainingseinstellungen als Anfrage-JSON für a2a-train oder den gehosteten Dienst speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="33"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="43"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="45"/>
        <source> (the service would refuse it: %1)</source>
        <translation> (der Dienst würde sie ablehnen: %1)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="47"/>
        <source> (its training_data_url is the dataset as opened: save the dataset to include your edits)</source>
        <translation> (ihre training_data_url ist der Datensatz wie geöffnet: den Datensatz speichern, damit die Änderungen enthalten sind)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="54"/>
        <source>Import Request JSON</source>
        <translation>Anfrage-JSON importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="55"/>
        <source>Request JSON (*.json);;All files (*)</source>
        <translation>Anfrage-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="65"/>
        <source>Export Request JSON</source>
        <translation>Anfrage-JSON exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="65"/>
        <source>Request JSON (*.json)</source>
        <translation>Anfrage-JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>a2a::RunsView</name>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="24"/>
        <source>&lt;b&gt;Training history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trainingsverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="26"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="27"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="28"/>
        <source>Train Again</source>
        <translation>Erneut trainieren</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="29"/>
        <source>Open Its Dataset</source>
        <translation>Seinen Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="30"/>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Held-out</source>
        <translation>Hold-out</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="40"/>
        <source>Show this run&apos;s curves, previews and outputs</source>
        <translation>Kurven, Vorschauen und Ausgaben dieses Laufs zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="41"/>
        <source>Continue this run from its newest checkpoint</source>
        <translation>Diesen Lauf ab seinem neuesten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="42"/>
        <source>Load this run&apos;s settings into the training settings (the dataset stays the one open now)</source>
        <translation>Die Einstellungen dieses Laufs in die Trainingseinstellungen laden (der Datensatz bleibt der jetzt geöffnete)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="43"/>
        <source>Open the curated dataset this run trained on (its snapshot in the run folder)</source>
        <translation>Den kuratierten Datensatz öffnen, mit dem dieser Lauf trainiert hat (seine Momentaufnahme im Laufordner)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="44"/>
        <source>Open the run folder: lora_file, config_file, previews, checkpoints</source>
        <translation>Den Laufordner öffnen: lora_file, config_file, Vorschauen, Checkpoints</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="110"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="112"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="114"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="116"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="118"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="139"/>
        <source>Training…</source>
        <translation>Trainiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="140"/>
        <location filename="../src/ui/views/RunsView.cpp" line="206"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="143"/>
        <source>rank %1 · lr %2 · %3 s</source>
        <translation>Rang %1 · LR %2 · %3 s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="144"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="144"/>
        <source>Dataset: %1</source>
        <translation>Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="146"/>
        <source>Trigger phrase: %1</source>
        <translation>Trigger-Phrase: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="148"/>
        <source>Newest checkpoint: step %1</source>
        <translation>Neuester Checkpoint: Schritt %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="150"/>
        <source>LoRA: %1</source>
        <translation>LoRA: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="152"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="160"/>
        <source>&lt;b&gt;Training history&lt;/b&gt; — no runs yet</source>
        <translation>&lt;b&gt;Trainingsverlauf&lt;/b&gt; — noch keine Läufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/RunsView.cpp" line="160"/>
        <source>&lt;b&gt;Training history&lt;/b&gt; — %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Trainingsverlauf&lt;/b&gt; — %n Lauf</numerusform>
            <numerusform>&lt;b&gt;Trainingsverlauf&lt;/b&gt; — %n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::SampleDatasetDialog</name>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="23"/>
        <source>speech → the same speech through a vintage radio (band-pass, saturation, hum, hiss)</source>
        <translation>Sprache → dieselbe Sprache durch ein altes Radio (Bandpass, Sättigung, Brummen, Rauschen)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="25"/>
        <source>noisy speech → the clean speech</source>
        <translation>verrauschte Sprache → die saubere Sprache</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="27"/>
        <source>a melody on piano → the same melody on a flute</source>
        <translation>eine Melodie auf dem Klavier → dieselbe Melodie auf der Flöte</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="36"/>
        <source>New Sample Dataset</source>
        <translation>Neuer Beispieldatensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="42"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="49"/>
        <source>&amp;Pairs:</source>
        <translation>&amp;Paare:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="55"/>
        <source>Clip &amp;length:</source>
        <translation>Clip&amp;länge:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="61"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern als:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="63"/>
        <source>&amp;Make and Open</source>
        <translation>&amp;Erstellen und öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="84"/>
        <source>Save Sample Dataset As</source>
        <translation>Beispieldatensatz speichern unter</translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="84"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>a2a::SetTriggerPhraseCommand</name>
    <message>
        <location filename="../src/ui/commands/SetTriggerPhraseCommand.cpp" line="13"/>
        <source>Set Trigger Phrase</source>
        <translation>Trigger-Phrase setzen</translation>
    </message>
</context>
<context>
    <name>a2a::SetTrimOffsetCommand</name>
    <message>
        <location filename="../src/ui/commands/SetTrimOffsetCommand.cpp" line="14"/>
        <source>Move Trim Span of %1</source>
        <translation>Zuschnittbereich von %1 verschieben</translation>
    </message>
</context>
<context>
    <name>a2a::TimeRuler</name>
    <message>
        <location filename="../src/ui/views/TimeRuler.cpp" line="35"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>a2a::TrainingController</name>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="61"/>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="96"/>
        <source>A run is already training; stop it first.</source>
        <translation>Es läuft bereits ein Training; zuerst stoppen.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="68"/>
        <source>The embedded base model was not found. Reinstall A2A Studio, or set A2A_DEFAULT_BASE to a base checkpoint.</source>
        <translation>Das eingebettete Basismodell wurde nicht gefunden. A2A Studio neu installieren oder A2A_DEFAULT_BASE auf einen Basis-Checkpoint setzen.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="83"/>
        <source>Cannot create the run folder %1. Check that %2 is writable.</source>
        <translation>Der Laufordner %1 kann nicht angelegt werden. Prüfen, ob %2 beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="102"/>
        <source>%1 holds no run that can be resumed (its run.json is missing or unreadable).</source>
        <translation>%1 enthält keinen fortsetzbaren Lauf (seine run.json fehlt oder ist nicht lesbar).</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="107"/>
        <source>%1 is still being trained by another process.</source>
        <translation>%1 wird noch von einem anderen Prozess trainiert.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="108"/>
        <source>%1 has finished; train again to make a new run.</source>
        <translation>%1 ist fertig; erneut trainieren, um einen neuen Lauf zu starten.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="143"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation>Wird gestoppt: Ein Checkpoint wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>a2a::TrainingPage</name>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="52"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="53"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="54"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="63"/>
        <source>Open Combined Preview</source>
        <translation>Gesamtvorschau öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="64"/>
        <source>Show Output Folder</source>
        <translation>Ausgabeordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="72"/>
        <location filename="../src/ui/views/TrainingPage.cpp" line="443"/>
        <source>Train an IC-LoRA on the dataset as curated here, with the training settings</source>
        <translation>Eine IC-LoRA mit dem hier kuratierten Datensatz und den Trainingseinstellungen trainieren</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="73"/>
        <source>Stop training; a checkpoint is saved and Resume continues from it</source>
        <translation>Das Training stoppen; ein Checkpoint wird gespeichert, und „Fortsetzen“ macht dort weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="74"/>
        <source>Continue the shown run from its newest checkpoint</source>
        <translation>Den angezeigten Lauf ab seinem neuesten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="81"/>
        <source>Open audio.wav, every validation preview in one file, in your audio player</source>
        <translation>audio.wav, alle Validierungsvorschauen in einer Datei, im Audioplayer öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="82"/>
        <source>Open the run folder: lora_file.safetensors, config_file.json, audio.wav, previews, checkpoints</source>
        <translation>Den Laufordner öffnen: lora_file.safetensors, config_file.json, audio.wav, Vorschauen, Checkpoints</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="136"/>
        <source>Stopping: finishing the current step and saving a checkpoint…</source>
        <translation>Wird gestoppt: Der aktuelle Schritt wird beendet und ein Checkpoint gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="218"/>
        <source>A run is training; stop it before starting another.</source>
        <translation>Ein Lauf trainiert gerade; ihn stoppen, bevor ein weiterer gestartet wird.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="220"/>
        <source>Open a dataset first (File ▸ Open, or drop a .zip onto the window).</source>
        <translation>Zuerst einen Datensatz öffnen (Datei ▸ Datensatz öffnen, oder ein .zip auf das Fenster ziehen).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="222"/>
        <source>Fix the training settings: %1</source>
        <translation>Die Trainingseinstellungen korrigieren: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="232"/>
        <source>The dataset cannot be trained on: %1</source>
        <translation>Mit dem Datensatz kann nicht trainiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="233"/>
        <source>No pair fills the %1 s bucket (audio_duration_seconds): lower it in the settings, or fix the short clips.</source>
        <translation>Kein Paar füllt den Bucket von %1 s (audio_duration_seconds): ihn in den Einstellungen senken oder die kurzen Clips korrigieren.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="261"/>
        <source>Choose a stopped or interrupted run in the history to resume.</source>
        <translation>Zum Fortsetzen einen gestoppten oder unterbrochenen Lauf im Verlauf wählen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="286"/>
        <source>This run failed: %1</source>
        <translation>Dieser Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="302"/>
        <source>Loss and held-out metric</source>
        <translation>Loss und Hold-out-Metrik</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="304"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="304"/>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="320"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="322"/>
        <source>Resuming %1 from its newest checkpoint…</source>
        <translation>%1 wird ab seinem neuesten Checkpoint fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="323"/>
        <source>Starting: loading the base model and saving the dataset snapshot…</source>
        <translation>Start: Das Basismodell wird geladen und die Momentaufnahme des Datensatzes gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="343"/>
        <source>Validating at step %1: making the previews…</source>
        <translation>Validierung bei Schritt %1: Die Vorschauen werden erzeugt…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="345"/>
        <source>Training: step %1 of %2 · loss %3</source>
        <translation>Training: Schritt %1 von %2 · Loss %3</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="357"/>
        <source>Baseline made (step 0, no LoRA; held-out metric %1). Training…</source>
        <translation>Ausgangspunkt erstellt (Schritt 0, ohne LoRA; Hold-out-Metrik %1). Training läuft…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="358"/>
        <source>Baseline made (step 0, no LoRA). Training…</source>
        <translation>Ausgangspunkt erstellt (Schritt 0, ohne LoRA). Training läuft…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="370"/>
        <source>Preparing %v of %m pairs</source>
        <translation>Paar %v von %m wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="370"/>
        <source>Saving the outputs</source>
        <translation>Die Ausgaben werden gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="374"/>
        <source>Making the step-0 baseline preview (the base model without the LoRA)…</source>
        <translation>Die Ausgangsvorschau bei Schritt 0 wird erzeugt (das Basismodell ohne LoRA)…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="376"/>
        <source>Preparing the pairs: fitting, resampling and encoding %1 of %2…</source>
        <translation>Die Paare werden vorbereitet: Einpassen, Umtasten und Kodieren von %1 von %2…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="378"/>
        <source>Saving the LoRA, its config and the combined preview…</source>
        <translation>Die LoRA, ihre Konfiguration und die Gesamtvorschau werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="396"/>
        <source>Finished: %1 steps; held-out metric %2 (1.0 = no better than the reference).</source>
        <translation>Fertig: %1 Schritte; Hold-out-Metrik %2 (1.0 = nicht besser als die Referenz).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="397"/>
        <source>Finished: %1 steps.</source>
        <translation>Fertig: %1 Schritte.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="401"/>
        <source>Stopped after step %1; a checkpoint was saved. Resume continues from it.</source>
        <translation>Nach Schritt %1 gestoppt; ein Checkpoint wurde gespeichert. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="404"/>
        <source>Training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="405"/>
        <source>Training failed: %1
Everything made so far (previews, checkpoints, curves) is kept in %2.</source>
        <translation>Das Training ist fehlgeschlagen: %1
Alles bisher Erzeugte (Vorschauen, Checkpoints, Kurven) bleibt in %2 erhalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="433"/>
        <source>Loaded the settings of %1 (rank %2, %3 steps, learning rate %4). Train uses the dataset open now; &quot;Open Its Dataset&quot; opens the one that run trained on.</source>
        <translation>Die Einstellungen von %1 wurden geladen (Rang %2, %3 Schritte, Lernrate %4). „Trainieren“ verwendet den jetzt geöffneten Datensatz; „Seinen Datensatz öffnen“ öffnet den, mit dem dieser Lauf trainiert hat.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="448"/>
        <source>Continue %1 from its newest checkpoint (step %2)</source>
        <translation>%1 ab seinem neuesten Checkpoint fortsetzen (Schritt %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="449"/>
        <source>Continue a stopped or interrupted run (choose one in the history)</source>
        <translation>Einen gestoppten oder unterbrochenen Lauf fortsetzen (im Verlauf auswählen)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="460"/>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="461"/>
        <source>%1 s/step</source>
        <translation>%1 s/Schritt</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="462"/>
        <source>elapsed %1</source>
        <translation>vergangen %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="464"/>
        <source>remaining ≈ %1</source>
        <translation>verbleibend ≈ %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="486"/>
        <source>LoRA: %1</source>
        <translation>LoRA: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="487"/>
        <source>Use it with prompts like: “%1”, on reference clips of about %2 s.</source>
        <translation>Mit Prompts wie „%1“ verwenden, auf Referenzclips von etwa %2 s.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="489"/>
        <source>Once trained, use it with prompts like: “%1”.</source>
        <translation>Nach dem Training mit Prompts wie „%1“ verwenden.</translation>
    </message>
</context>
<context>
    <name>a2a::TrainingSettingsPanel</name>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="143"/>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="144"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="149"/>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="155"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="157"/>
        <source>e.g. tonech4nge</source>
        <translation>z. B. tonech4nge</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="163"/>
        <source>training_data_url: the dataset the window trains is the one open; an exported request names it</source>
        <translation>training_data_url: Das Fenster trainiert den geöffneten Datensatz; eine exportierte Anfrage nennt ihn</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="164"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="166"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="178"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="179"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="205"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="182"/>
        <source>Peak-normalize each clip</source>
        <translation>Jeden Clip auf den Spitzenpegel normalisieren</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="184"/>
        <source>Stretch slightly long clips instead of trimming</source>
        <translation>Etwas zu lange Clips stauchen statt zuschneiden</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="187"/>
        <source>Validation previews</source>
        <translation>Validierungsvorschauen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="193"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="194"/>
        <source>Put back the built-in negative prompt</source>
        <translation>Den eingebauten negativen Prompt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="196"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="202"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="203"/>
        <source>Split inputs into scenes</source>
        <translation>Eingaben in Szenen teilen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="207"/>
        <source>Write debug_dataset.zip</source>
        <translation>debug_dataset.zip schreiben</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="212"/>
        <source>Before you train</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="301"/>
        <source>learning_rate &quot;%1&quot; is not a number: write it as 0.0002 or 2e-4</source>
        <translation>learning_rate „%1“ ist keine Zahl: als 0.0002 oder 2e-4 schreiben</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="325"/>
        <source>the dataset you open</source>
        <translation>der geöffnete Datensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="327"/>
        <source>%1 (not open: the window trains the dataset it has open)</source>
        <translation>%1 (nicht geöffnet: Das Fenster trainiert den Datensatz, der geöffnet ist)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="330"/>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="347"/>
        <source>preview %1 s</source>
        <translation>Vorschau %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="378"/>
        <source>Settings are valid.</source>
        <translation>Die Einstellungen sind gültig.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="373"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="376"/>
        <source>Cannot train yet: %1</source>
        <translation>Training noch nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="374"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="409"/>
        <source>%1: %2 does not exist; choose another clip</source>
        <translation>%1: %2 existiert nicht; einen anderen Clip wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="434"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="457"/>
        <source>Fix the settings above to get an estimate</source>
        <translation>Für eine Schätzung die Einstellungen oben korrigieren</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="440"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="462"/>
        <source>No estimate: Train cannot use this base model (see Base model above)</source>
        <translation>Keine Schätzung: Trainieren kann dieses Basismodell nicht verwenden (siehe Basismodell oben)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="447"/>
        <source>No estimate yet</source>
        <translation>Noch keine Schätzung</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="500"/>
        <source>No system BLAS was found: training needs one. Install OpenBLAS: apt-get install libopenblas0-pthread</source>
        <translation>Kein System-BLAS gefunden: Das Training braucht eines. OpenBLAS installieren: apt-get install libopenblas0-pthread</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="501"/>
        <source>Training will be about 30× slower than it should: the slow reference BLAS (%1) is in use. Install OpenBLAS: apt-get install libopenblas0-pthread</source>
        <translation>Das Training wird etwa 30-mal langsamer als nötig: Das langsame Referenz-BLAS (%1) ist in Gebrauch. OpenBLAS installieren: apt-get install libopenblas0-pthread</translation>
    </message>
</context>
<context>
    <name>a2a::TrainingWorker</name>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="50"/>
        <source>no such file: %1</source>
        <translation>Datei nicht vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="63"/>
        <source>%1 is being trained by another process (its lock file %2 is held). Wait for it to finish, or stop it there.</source>
        <translation>%1 wird von einem anderen Prozess trainiert (seine Sperrdatei %2 ist belegt). Warten, bis er fertig ist, oder ihn dort stoppen.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="108"/>
        <source>validation entry %1: the reference clip cannot be used: %2. Pick another clip in the settings.</source>
        <translation>Validierungseintrag %1: Der Referenzclip kann nicht verwendet werden: %2. In den Einstellungen einen anderen Clip wählen.</translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="120"/>
        <source>The curves of this run cannot be kept: %1</source>
        <translation>Die Kurven dieses Laufs können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>a2a::TryItPanel</name>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="67"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="68"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="86"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="90"/>
        <source>The reference clip the LoRA transforms: any audio file, or a pair&apos;s reference. Clips longer than the bucket are processed in overlapping windows.</source>
        <translation>Der Referenzclip, den die LoRA umwandelt: eine beliebige Audiodatei oder die Referenz eines Paares. Clips, die länger als der Bucket sind, werden in überlappenden Fenstern verarbeitet.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="92"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="97"/>
        <source>Use the trigger phrase and the caption style you trained with (Inference Format Matching)</source>
        <translation>Trigger-Phrase und Beschreibungsstil wie im Training verwenden (Inference Format Matching)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="99"/>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="100"/>
        <source>The trigger phrase with the dataset&apos;s most common caption</source>
        <translation>Die Trigger-Phrase mit der häufigsten Beschreibung des Datensatzes</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="103"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="109"/>
        <source>lora_file.safetensors of a finished run</source>
        <translation>lora_file.safetensors eines fertigen Laufs</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="110"/>
        <source>The trained IC-LoRA; a finished run fills it in</source>
        <translation>Die trainierte IC-LoRA; ein fertiger Lauf trägt sie ein</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="112"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="115"/>
        <source>&amp;LoRA:</source>
        <translation>&amp;LoRA:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="122"/>
        <source>Both outputs start from the same noise, so they differ only by the LoRA</source>
        <translation>Beide Ausgaben beginnen mit demselben Rauschen und unterscheiden sich daher nur durch die LoRA</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="123"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="127"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="128"/>
        <source>Generate with the LoRA and, from the same seed, with the base alone</source>
        <translation>Mit der LoRA und, mit demselben Seed, nur mit dem Basismodell erzeugen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="129"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="144"/>
        <source>Listen and compare</source>
        <translation>Anhören und vergleichen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="146"/>
        <source>With LoRA</source>
        <translation>Mit LoRA</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="146"/>
        <source>Base alone</source>
        <translation>Nur Basis</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="146"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="150"/>
        <source>Play; while playing, switches here at the same moment</source>
        <translation>Abspielen; während der Wiedergabe wird an derselben Stelle hierher umgeschaltet</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="154"/>
        <source>A/&amp;B</source>
        <translation>A/&amp;B</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="155"/>
        <source>Switch between the LoRA&apos;s output and the clip last compared with it, at the same moment</source>
        <translation>An derselben Stelle zwischen der Ausgabe der LoRA und dem zuletzt damit verglichenen Clip umschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="156"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="159"/>
        <source>Save LoRA output…</source>
        <translation>Mit LoRA speichern…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="160"/>
        <source>Save the output with the LoRA as a WAV file</source>
        <translation>Die Ausgabe mit der LoRA als WAV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="161"/>
        <source>Save base output…</source>
        <translation>Nur Basis speichern…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="162"/>
        <source>Save the output of the base alone (same seed) as a WAV file</source>
        <translation>Die Ausgabe nur des Basismodells (gleicher Seed) als WAV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="247"/>
        <source>No base model was found: set A2A_DEFAULT_BASE or install the default model.</source>
        <translation>Kein Basismodell gefunden: A2A_DEFAULT_BASE setzen oder das Standardmodell installieren.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="249"/>
        <source>Choose a reference clip: a file, or a pair&apos;s reference from the dataset.</source>
        <translation>Einen Referenzclip wählen: eine Datei oder die Referenz eines Paares aus dem Datensatz.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="251"/>
        <source>The reference clip %1 does not exist.</source>
        <translation>Der Referenzclip %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="253"/>
        <source>Choose a LoRA file (lora_file.safetensors of a finished run).</source>
        <translation>Eine LoRA-Datei wählen (lora_file.safetensors eines fertigen Laufs).</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="255"/>
        <source>The LoRA file %1 does not exist.</source>
        <translation>Die LoRA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="272"/>
        <source>Generating from %1…</source>
        <translation>Aus %1 wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="284"/>
        <source>Done: %1 s with and without the LoRA, seed %2. Listen and compare below.</source>
        <translation>Fertig: %1 s mit und ohne LoRA, Seed %2. Unten anhören und vergleichen.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="303"/>
        <source>The reference clip could not be decoded</source>
        <translation>Der Referenzclip konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="338"/>
        <source>Nothing to save yet: generate first</source>
        <translation>Noch nichts zu speichern: zuerst erzeugen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="340"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="341"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="348"/>
        <source>Choose a LoRA</source>
        <translation>LoRA wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="348"/>
        <source>LoRA (*.safetensors);;All files (*)</source>
        <translation>LoRA (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="357"/>
        <source>Save as WAV</source>
        <translation>Als WAV speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="357"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
</context>
<context>
    <name>a2a::ValidationEntriesEditor</name>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="21"/>
        <source>No entries: the previews transform a clip the LoRA does not train on (the held-out pair), or the first pair.</source>
        <translation>Keine Einträge: Die Vorschauen wandeln einen Clip um, mit dem die LoRA nicht trainiert (das Hold-out-Paar), oder das erste Paar.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="28"/>
        <source>Add validation entry</source>
        <translation>Validierungseintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="29"/>
        <source>A prompt and a reference clip that the previews transform, at most %1. Use a clip the LoRA has not seen to judge how it generalises, and the trigger phrase and caption style you trained with.</source>
        <translation>Ein Prompt und ein Referenzclip, den die Vorschauen umwandeln, höchstens %1. Einen Clip verwenden, den die LoRA nicht gesehen hat, um ihre Generalisierung zu beurteilen, und Trigger-Phrase und Beschreibungsstil wie im Training.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="111"/>
        <source>Prompt, e.g. tonech4nge a warm vintage-radio version of the voice</source>
        <translation>Prompt, z. B. tonech4nge a warm vintage-radio version of the voice</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="112"/>
        <source>prompt: the text of this preview. Match the caption style and trigger phrase you train with.</source>
        <translation>prompt: der Text dieser Vorschau. Beschreibungsstil und Trigger-Phrase wie im Training verwenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="114"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="115"/>
        <source>Remove this validation entry</source>
        <translation>Diesen Validierungseintrag entfernen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="121"/>
        <source>reference_audio_url (required): the reference audio this preview transforms</source>
        <translation>reference_audio_url (erforderlich): das Referenz-Audio, das diese Vorschau umwandelt</translation>
    </message>
</context>
<context>
    <name>a2a::WaveformView</name>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="94"/>
        <source>Select a pair to see its waveforms</source>
        <translation>Ein Paar auswählen, um seine Wellenformen zu sehen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="95"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="116"/>
        <source>missing %1 s</source>
        <translation>%1 s fehlen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="206"/>
        <source>too short: %1 s of the %2 s bucket missing</source>
        <translation>zu kurz: %1 s des Buckets von %2 s fehlen</translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="209"/>
        <source>fit: %1</source>
        <translation>Einpassung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="248"/>
        <source>Drag to choose which %1 s of this clip are trained on</source>
        <translation>Ziehen, um zu wählen, mit welchen %1 s dieses Clips trainiert wird</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/ui/main.cpp" line="95"/>
        <source>Curate paired audio datasets and train audio-to-audio IC-LoRAs.</source>
        <translation>Gepaarte Audio-Datensätze kuratieren und Audio-zu-Audio-IC-LoRAs trainieren.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="98"/>
        <source>A .zip, a folder or an http(s) URL to open.</source>
        <translation>Zu öffnendes .zip, Ordner oder http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="100"/>
        <source>Bucket (audio_duration_seconds) to judge the pairs by.</source>
        <translation>Bucket (audio_duration_seconds), nach dem die Paare beurteilt werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="102"/>
        <source>Select the pair with this name.</source>
        <translation>Das Paar mit diesem Namen auswählen.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="103"/>
        <source>List only pairs with problems.</source>
        <translation>Nur Paare mit Problemen auflisten.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="104"/>
        <source>Bring the Report tab to the front.</source>
        <translation>Den Reiter „Bericht“ in den Vordergrund holen.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="105"/>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="109"/>
        <source>Select --select NAME (or the first skipped pair), save a PNG of the window, then quit.</source>
        <translation>--select NAME (oder das erste übersprungene Paar) auswählen, ein PNG des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="111"/>
        <source>Bring this dock to the front (e.g. trainingSettingsDock, tryItDock).</source>
        <translation>Dieses Dock in den Vordergrund holen (z. B. trainingSettingsDock, tryItDock).</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="114"/>
        <source>Keep training runs in this folder.</source>
        <translation>Trainingsläufe in diesem Ordner ablegen.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="117"/>
        <source>Train the dataset, save a PNG of the Training tab at half the steps, then stop and quit.</source>
        <translation>Mit dem Datensatz trainieren, bei der Hälfte der Schritte ein PNG des Reiters „Training“ speichern, dann stoppen und beenden.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="119"/>
        <source>With --screenshot-training: let the run finish and save this PNG too.</source>
        <translation>Mit --screenshot-training: den Lauf zu Ende laufen lassen und auch dieses PNG speichern.</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="121"/>
        <source>number_of_steps for --screenshot-training [100].</source>
        <translation>number_of_steps für --screenshot-training [100].</translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="126"/>
        <source>Interface language for this run, e.g. de or en (default: View ▸ Language, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche für diesen Start, z. B. de oder en (Standard: Ansicht ▸ Sprache, sonst die des Systems).</translation>
    </message>
</context>
</TS>
