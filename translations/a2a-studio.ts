<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CaptionLinter</name>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="72"/>
        <source>no caption: the model hears this pair with the trigger phrase alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/models/CaptionLinter.cpp" line="81"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="82"/>
        <source>same caption as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="86"/>
        <source>the caption already contains the trigger phrase &quot;%1&quot;; it is prepended again, so it appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="91"/>
        <source>%1 words with the trigger phrase; the text encoder reads only the first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/models/CaptionLinter.cpp" line="96"/>
        <source>all %n captioned pair(s) share one caption; fine for one transform, but varied captions that describe each target teach the model more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/models/CaptionLinter.cpp" line="100"/>
        <source>no trigger phrase: set a rare word (e.g. &quot;tonech4nge&quot;) so the LoRA is called up by it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipLoadController</name>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="25"/>
        <source>the file cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="34"/>
        <source>the dataset&apos;s work folder is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="40"/>
        <source>the source archive cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="49"/>
        <source>the file cannot be extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="54"/>
        <source>%1 is not in the source archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="102"/>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="131"/>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="133"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="122"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitPlanText</name>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="17"/>
        <source>too short by %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="18"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="20"/>
        <source>trim %1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/FitPlanText.cpp" line="21"/>
        <source>stretch ×%1 (pitch kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InferenceController</name>
    <message>
        <location filename="../src/ui/controllers/InferenceController.cpp" line="22"/>
        <source>With the LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/InferenceController.cpp" line="22"/>
        <source>Base alone (same seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/InferenceController.cpp" line="44"/>
        <source>Preparing to listen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDecodeController</name>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="41"/>
        <source>the clip cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="48"/>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="65"/>
        <source>not trained on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRelay</name>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="45"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="47"/>
        <source>Extracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="49"/>
        <source>Decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="51"/>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="53"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="55"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="64"/>
        <source>%1 %2 of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="65"/>
        <source>%1 %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="70"/>
        <source>%1 %2 of %3 clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="72"/>
        <source>%1 %2 of %3 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ProgressRelay.cpp" line="73"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFieldHelp</name>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="32"/>
        <source>&amp;Trigger phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="32"/>
        <source>default: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="33"/>
        <source>Phrase prepended to every caption during training; include it at inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="34"/>
        <source>Default: none. It is the dataset&apos;s trigger phrase: editing it here or in Captions and Fixes is one undoable edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="35"/>
        <source>Use a distinctive made-up word (e.g. tonech4nge) so it calls up the transformation cleanly; include it in every prompt you use with the LoRA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="38"/>
        <source>&amp;Rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="38"/>
        <source>default 32 · 8, 16, 32, 64 or 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="39"/>
        <source>IC-LoRA capacity: the size of the adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="40"/>
        <source>Default 32; allowed 8, 16, 32, 64, 128. Time and memory grow with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="41"/>
        <source>Transformation too weak: a higher rank (or more steps). Overfitting (training loss falls while the held-out metric rises): a lower rank, fewer steps or more pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="44"/>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="44"/>
        <source>default 2000 · %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="45"/>
        <source>Number of optimization steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="46"/>
        <source>Default 2000, range %1–%2. The run&apos;s time is about proportional to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="47"/>
        <source>Transformation too weak: more steps. Overfitting: fewer steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="49"/>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="49"/>
        <source>default 0.0002 · %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="50"/>
        <source>Optimization step size (AdamW, decaying linearly to a tenth by the last step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="51"/>
        <source>Default 0.0002 (2e-4); accepted %1–%2. Write it as 0.0002 or 2e-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="52"/>
        <source>The default suits most datasets. Lower it when the loss jumps around or becomes NaN; raise it a little only when a long run still learns too slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="55"/>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="55"/>
        <source>default 5 s · %1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="56"/>
        <source>Target audio clip length in seconds (the audio duration bucket). Clips shorter than this are skipped, longer clips are trimmed; a pair is usable only when both sides fill the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="58"/>
        <source>Default 5 s, range %1–%2 s. The same setting as the toolbar&apos;s Bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="59"/>
        <source>Many clips skipped: lower it to match your clips; choose a length that fits most of them. Longer buckets cost more time and memory per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="62"/>
        <source>&amp;Normalize:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="62"/>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="66"/>
        <source>default on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="63"/>
        <source>Peak-normalize audio for consistent loudness across the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="63"/>
        <source>Default: on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="64"/>
        <source>Keep it on unless a change of loudness is itself the transformation you want learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="66"/>
        <source>Preserve &amp;pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="67"/>
        <source>Preserve pitch when fitting audio to the bucket: a clip up to 10 % longer than the bucket is time-compressed with its pitch kept instead of trimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="69"/>
        <source>Default: on. The same setting as the toolbar&apos;s Preserve pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="70"/>
        <source>Turn it off when the clips must keep their exact timing; they are then trimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="72"/>
        <source>Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="72"/>
        <source>default none · at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="73"/>
        <source>Validation samples: each a prompt and the reference audio that conditions the generated preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="74"/>
        <source>Default: none (the held-out pair, or the first pair, is previewed); at most %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="75"/>
        <source>Use a reference clip the LoRA has not seen to gauge generalization; match the caption style and trigger phrase you trained with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="78"/>
        <source>Negative &amp;prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="78"/>
        <source>default: built-in quality prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="79"/>
        <source>What the previews are guided away from (with text guidance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="80"/>
        <source>Default: a built-in audio-quality negative prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="81"/>
        <source>Add artefacts you keep hearing in the previews; the default is fine for most runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="83"/>
        <source>Preview &amp;frame rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="83"/>
        <source>default 24 fps · %1–%2 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="84"/>
        <source>Used together with the bucket to size the preview audio: F / fps seconds, with F the largest 8k + 1 frames that fit in the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="86"/>
        <source>Default 24, range %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="87"/>
        <source>Rarely needed: a higher rate makes the preview a little closer to the bucket&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="89"/>
        <source>ST&amp;G scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="89"/>
        <source>default 1 · %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="90"/>
        <source>Spatio-temporal guidance of the previews: a pass with one block&apos;s self-attention skipped is pushed away from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="92"/>
        <source>Default 1.0, range %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="93"/>
        <source>0 switches it off and makes previews faster; raise it when previews sound smeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="95"/>
        <source>Split into &amp;scenes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="95"/>
        <source>default off · must stay off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="96"/>
        <source>Off for this mode: scene splitting would desync the reference/target pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="97"/>
        <source>Default: off. On is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="97"/>
        <source>Provide pre-split clips instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="99"/>
        <source>Split t&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="99"/>
        <source>default 30 s · %1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="100"/>
        <source>Duration threshold for scene splitting (only relevant if splitting were enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="101"/>
        <source>Default 30 s, range %1–%2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="102"/>
        <source>No effect in audio-to-audio mode; checked only so that a request stays valid for the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="104"/>
        <source>&amp;Debug dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="104"/>
        <source>default off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="105"/>
        <source>Also write debug_dataset.zip: the fitted clips, captions and latents the model trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="106"/>
        <source>Default: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RequestFieldHelp.cpp" line="106"/>
        <source>Turn it on to check exactly what the model sees, e.g. when the output ignores the reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestJsonFile</name>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="36"/>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="39"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="48"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="50"/>
        <source>%1 is not a request: it is %2 KB, a request is a small JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/RequestJsonFile.cpp" line="53"/>
        <source>%1 was not imported; the settings are unchanged:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::AudioPlayer</name>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="101"/>
        <source>Playback stopped: the audio output reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="146"/>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="197"/>
        <source>Nothing to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="150"/>
        <source>No audio output device was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/playback/AudioPlayer.cpp" line="165"/>
        <source>The audio output could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::BaseModelChooser</name>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="29"/>
        <source>Base &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="33"/>
        <source>Text encoder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="66"/>
        <source>Embedded default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="67"/>
        <source>LTX-2.3 checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="68"/>
        <source>The base model Train, the estimate and Try it use. The embedded default model ships with A2A Studio; an LTX-2.3 checkpoint is a .safetensors file such as ltx-2.3-22b-dev.safetensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="76"/>
        <source>ltx-2.3-22b-dev.safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="77"/>
        <source>The LTX-2.3 checkpoint file (.safetensors); only its header is read to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="78"/>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="233"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="79"/>
        <source>Choose an LTX-2.3 checkpoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="122"/>
        <source>Choose an LTX-2.3 Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="123"/>
        <source>Safetensors checkpoints (*.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="168"/>
        <source>Choose the LTX-2.3 checkpoint file (Browse…), or use the embedded default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="171"/>
        <source>%1 does not exist: choose the checkpoint file again, or use the embedded default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="174"/>
        <source>The base model is still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="175"/>
        <source>Reading the checkpoint&apos;s header…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="191"/>
        <source>it does not hold every part training needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="192"/>
        <source>Not a usable LTX-2.3 checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="200"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="203"/>
        <source>audio VAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="205"/>
        <source>vocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="207"/>
        <source>LTX-2.3 layout: %1 — complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="208"/>
        <source>LTX-2.3 layout: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="210"/>
        <source>Memory for a run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="229"/>
        <source>gemma-3-12b folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="230"/>
        <source>The Gemma-3 text encoder folder the LTX-2.3 checkpoint was made for: config.json, tokenizer.model and model.safetensors (or model.safetensors.index.json with its shards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="234"/>
        <source>Choose the Gemma-3 text encoder folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="265"/>
        <source>Choose the Gemma-3 Text Encoder Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="295"/>
        <source>Choose the Gemma-3 text encoder folder the checkpoint was made for (config.json, tokenizer.model, weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="298"/>
        <source>The text encoder folder is still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="299"/>
        <source>Checking the text encoder folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="317"/>
        <source>1 shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="317"/>
        <source>%1 shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="319"/>
        <source>Gemma-3: %1 layers × %2, %3 — matches the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="320"/>
        <source>Gemma-3: %1 layers × %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="345"/>
        <source>The text encoder folder has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="349"/>
        <source>%1 is not a folder: choose the Gemma-3 text encoder folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="359"/>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="386"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="365"/>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="373"/>
        <source>%1 gives no hidden_size and num_hidden_layers (at its top level or under text_config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="395"/>
        <source>%1 names no weight files (its weight_map is empty or missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="400"/>
        <source>The text encoder folder has no %1, which %2 names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="405"/>
        <source>The text encoder folder has no %1 (or %2 with its shards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="417"/>
        <source>The checkpoint has no text projection (%1) to compare the text encoder with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BaseModelChooser.cpp" line="423"/>
        <source>This text encoder does not fit the checkpoint: hidden_size %1 × (%2 layers + 1) = %3, but the checkpoint&apos;s text projection takes %4 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::BucketBar</name>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="14"/>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="19"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="21"/>
        <source>audio_duration_seconds: every clip is fitted to this length; shorter clips are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="23"/>
        <source>Preserve &amp;pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/BucketBar.cpp" line="24"/>
        <source>audio_preserve_pitch: a clip up to 10 % longer than the bucket is time-compressed with pitch kept instead of trimmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::CaptionPanel</name>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="52"/>
        <source>e.g. tonech4nge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="53"/>
        <source>Prepended to every caption; the word that calls up the LoRA. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="55"/>
        <source>&amp;Trigger phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="61"/>
        <source>Describe the target sound, e.g. &quot;a warm vintage-radio version of the voice&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="63"/>
        <source>Ctrl+Enter or leaving the field applies the caption (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="81"/>
        <source>Caption checks: empty or duplicate captions, the trigger phrase, length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="161"/>
        <source>Caption of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="161"/>
        <source>Caption: select a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="179"/>
        <source>Final caption: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="179"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="182"/>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;%1 words: over the %2 the text encoder reads&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="183"/>
        <source>%1 of %2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/CaptionPanel.cpp" line="200"/>
        <source>%n pair(s) in the dataset have caption problems (%1 empty, %2 duplicate, %3 with the trigger inside, %4 too long); &quot;Only problems&quot; lists them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/CaptionPanel.cpp" line="207"/>
        <source>Captions look fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/CaptionPanel.cpp" line="215"/>
        <source>%n _start file(s) without an _end (skipped). Pair one with a target file:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::ClipPicker</name>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="29"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="42"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="53"/>
        <source>Cannot keep a copy of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="64"/>
        <source>Reference clip: a file, or a pair&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="67"/>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="68"/>
        <source>Choose an audio file (wav, mp3, flac, ogg, aac, m4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="70"/>
        <source>From dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="71"/>
        <source>Use the reference (_start) clip of a pair of the open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="103"/>
        <source>Choose a Reference Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="116"/>
        <source>No dataset is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="128"/>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="131"/>
        <source>No pair has a readable reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/ClipPicker.cpp" line="133"/>
        <source>… and %n more: type the path instead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/ClipPicker.cpp" line="151"/>
        <source>%1 · %2 (pair)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::DatasetController</name>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="124"/>
        <source>Exclude %n Pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="125"/>
        <source>Include %n Pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="165"/>
        <source>Set %n Empty Caption(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="186"/>
        <source>Replace &quot;%1&quot; in %n Caption(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::DatasetStatsView</name>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="63"/>
        <source>&lt;b&gt;Durations&lt;/b&gt; %1 – %2 s over %n clip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="66"/>
        <source>&lt;b&gt;Formats&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="69"/>
        <source>%1 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="70"/>
        <source>&lt;b&gt;Sample rates&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="74"/>
        <source>&lt;b&gt;Captions&lt;/b&gt; %1 of %2 pairs; %3–%4 words (median %5); %6 over %7 words with the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="79"/>
        <source>&lt;b&gt;Captions&lt;/b&gt; none of %n pair(s) has a caption</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="88"/>
        <source>Statistics appear when a dataset is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="98"/>
        <source>A %1 s bucket would keep %n more pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="102"/>
        <source>A %1 s bucket would keep all %n skipped pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="104"/>
        <source>The skipped pairs are shorter than the 0.5 s minimum bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DatasetStatsView.cpp" line="107"/>
        <source>Use %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::DiagnosisPanel</name>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="13"/>
        <source>Read from the curves, in the terms of the reference service&apos;s &quot;Diagnosing Issues&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="21"/>
        <source>&lt;b&gt;The loss broke down&lt;/b&gt; (%1 at step %2). Lower the learning rate (now %3) and check the pairs for silent or broken clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="24"/>
        <source>&lt;b&gt;The loss is not falling&lt;/b&gt; (now %1 × its starting level). Raise the learning rate (now %2), or check the data: pairs should differ only by the intended transformation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="28"/>
        <source>&lt;b&gt;Overfitting&lt;/b&gt;: the held-out metric was best at step %1 (%2) and rose to %3 while the training loss kept falling. Use fewer steps (about %1), a lower rank than %4, or more pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="32"/>
        <source>&lt;b&gt;Worse than the base model&lt;/b&gt; on the held-out pair (step 0: %1, now %2): what the LoRA learns from the training pairs does not carry over. Overfitting: fewer steps, a lower rank than %3, more pairs, or a lower learning rate (now %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="36"/>
        <source>&lt;b&gt;Output ignores the reference&lt;/b&gt;: the held-out metric stays near 1.0 (%1), no closer to the target than the reference itself. Ensure the pairs differ only by the intended transformation and keep captions consistent; if they do, the transformation is too weak: more steps, a higher rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="41"/>
        <source>&lt;b&gt;Still improving&lt;/b&gt; at the last validation (step %1, %2): more steps may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="43"/>
        <source>&lt;b&gt;Learning&lt;/b&gt;: the held-out metric went from %1 to %2 (1.0 = no better than passing the reference through; lower is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="45"/>
        <source>&lt;b&gt;Learning&lt;/b&gt;: the training loss is falling; the held-out metric has not improved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="46"/>
        <source>&lt;b&gt;Learning&lt;/b&gt;: the training loss is falling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DiagnosisPanel.cpp" line="60"/>
        <source>&lt;span style=&quot;color:gray&quot;&gt;The diagnosis appears once the curves say enough (a few dozen steps and a validation).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::DurationHistogramView</name>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="110"/>
        <source>clip duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="116"/>
        <source>bucket %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="126"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="126"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="126"/>
        <source>skipped: shorter than the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/DurationHistogramView.cpp" line="145"/>
        <source>%1–%2 s: %3 reference, %4 target clip(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::EditActions</name>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="25"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="33"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="37"/>
        <source>Edit &amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="39"/>
        <location filename="../src/ui/actions/EditActions.cpp" line="111"/>
        <source>E&amp;xclude Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="41"/>
        <source>Leave the selected pairs out of training and of the saved zip (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="42"/>
        <source>Replace &amp;Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="43"/>
        <source>Use another audio file as this pair&apos;s reference (_start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="44"/>
        <source>Replace &amp;Target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="45"/>
        <source>Use another audio file as this pair&apos;s target (_end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="46"/>
        <source>&amp;Pair Orphan with Target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="47"/>
        <source>Choose a target file for a _start clip that has no _end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="48"/>
        <source>Set &amp;Empty Captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="49"/>
        <source>Give every pair without a caption the same caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="50"/>
        <source>&amp;Find and Replace in Captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="71"/>
        <source>Cannot Use the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="111"/>
        <source>Include Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="136"/>
        <source>Replace the Reference of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="137"/>
        <source>Replace the Target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="144"/>
        <location filename="../src/ui/actions/EditActions.cpp" line="166"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="155"/>
        <source>Pair an Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="155"/>
        <source>_start file without an _end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="159"/>
        <source>Choose the Target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="172"/>
        <source>Set Empty Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/EditActions.cpp" line="173"/>
        <source>Caption for every pair that has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/actions/EditActions.cpp" line="177"/>
        <source>Set %n caption(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/actions/EditActions.cpp" line="186"/>
        <source>Changed %n caption(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::EditCaptionCommand</name>
    <message>
        <location filename="../src/ui/commands/EditCaptionCommand.cpp" line="14"/>
        <source>Edit Caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::EstimateController</name>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="103"/>
        <source>No base model was found: set A2A_DEFAULT_BASE or install the default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/EstimateController.cpp" line="152"/>
        <source>about %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/EstimateController.cpp" line="155"/>
        <source>about %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="156"/>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="163"/>
        <source>~%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="165"/>
        <source>~%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/EstimateController.cpp" line="172"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/EstimateController.cpp" line="177"/>
        <source>%1 s/step × %2 steps (%3) + %4 validation round(s) × %5 preview(s) (%6); measured in %7 s, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::EstimateView</name>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="17"/>
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="22"/>
        <source>Estimate time and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="23"/>
        <source>Load the base model and time a few training steps and one preview step on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="33"/>
        <source>Measured on this machine: the base model with a LoRA of this rank, a few training steps on clips of the bucket&apos;s length, one preview step and one decode. Memory is the peak that training adds to this process. Preparing the clips (once, then cached) comes on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="45"/>
        <source>Estimate cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="50"/>
        <source>Measuring a few training steps on this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="53"/>
        <source>Settings changed: measuring again shortly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/EstimateView.cpp" line="54"/>
        <source>No estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::ExcludePairCommand</name>
    <message>
        <location filename="../src/ui/commands/ExcludePairCommand.cpp" line="14"/>
        <source>Exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/commands/ExcludePairCommand.cpp" line="15"/>
        <source>Include %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::FileActions</name>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="26"/>
        <source>&amp;New Sample Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="28"/>
        <source>Generate a small paired dataset (speech through a radio, noisy → clean, one instrument → another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="29"/>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="31"/>
        <source>Open a .zip of pairs (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="32"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="34"/>
        <source>Open &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="36"/>
        <source>&amp;Save Dataset As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="38"/>
        <source>Write the curated dataset as a new zip (Ctrl+Shift+S); the original is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="66"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="87"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="99"/>
        <source>Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="100"/>
        <source>The dataset has edits that are not saved. Save them as a new zip first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="122"/>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="123"/>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="132"/>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="142"/>
        <source>Open URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="142"/>
        <source>Link to a .zip of pairs (http or https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="170"/>
        <location filename="../src/ui/actions/FileActions.cpp" line="185"/>
        <source>Save Dataset As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="170"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="178"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="185"/>
        <source>The dataset was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/FileActions.cpp" line="186"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/actions/FileActions.cpp" line="191"/>
        <source>Saved %n pair(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::FindReplaceDialog</name>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="13"/>
        <source>Find and Replace in Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="17"/>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="18"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="19"/>
        <source>&amp;Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/FindReplaceDialog.cpp" line="22"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::ImportController</name>
    <message>
        <location filename="../src/ui/controllers/ImportController.cpp" line="61"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/controllers/ImportController.cpp" line="73"/>
        <source>Making a %1 sample dataset of %n pair(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ImportController.cpp" line="115"/>
        <source>The sample dataset could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::InterruptedRunBanner</name>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="16"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="17"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="18"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="25"/>
        <source>Continue the run from its newest checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="26"/>
        <source>Do not offer this run again (it stays in the training history, where it can still be resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="55"/>
        <source>it continues from its checkpoint at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="56"/>
        <source>it starts again from the beginning (no checkpoint was saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/InterruptedRunBanner.cpp" line="57"/>
        <source>&lt;b&gt;A training run was interrupted&lt;/b&gt; (A2A Studio closed unexpectedly or the power went off): %1, step %2 of %3. Resume it: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::LanguageMenu</name>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="10"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="22"/>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="37"/>
        <source>The interface stays in the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="38"/>
        <source>The interface will use the system&apos;s language from the next start of A2A Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="40"/>
        <source>The interface stays in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/LanguageMenu.cpp" line="41"/>
        <source>The interface will be in %1 from the next start of A2A Studio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::LossChartView</name>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="71"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="74"/>
        <source>Loss per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="78"/>
        <source>Loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="80"/>
        <source>Held-out (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="83"/>
        <source>1.0 = reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="91"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="93"/>
        <source>Held-out metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="110"/>
        <source>Show the loss on a logarithmic scale: small changes late in training become visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/LossChartView.cpp" line="145"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="60"/>
        <location filename="../src/ui/MainWindow.cpp" line="294"/>
        <location filename="../src/ui/MainWindow.cpp" line="441"/>
        <source>A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="79"/>
        <source>&amp;Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="80"/>
        <location filename="../src/ui/MainWindow.cpp" line="244"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="96"/>
        <source>Stop opening or saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="107"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="135"/>
        <source>Captions and Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="136"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="137"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="168"/>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="169"/>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="217"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="221"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="223"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="240"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="256"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="257"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="258"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="261"/>
        <source>&amp;About A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="262"/>
        <source>About A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="263"/>
        <source>&lt;h3&gt;A2A Studio %1&lt;/h3&gt;&lt;p&gt;Curate paired audio datasets and train audio-to-audio IC-LoRAs for the LTX-2.3 audio transformer.&lt;/p&gt;&lt;p&gt;MIT license.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="267"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="269"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="291"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="340"/>
        <source>A training run was interrupted; the Training tab offers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="413"/>
        <source>Opened %1: %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="417"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="445"/>
        <source>%1[*] — A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PairInspector</name>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="27"/>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="28"/>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="29"/>
        <source>%1 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="30"/>
        <source>%1 (%2 %3, %4 kHz, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="62"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="64"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="66"/>
        <source>Show &amp;Whole Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="97"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="98"/>
        <source>Zoom in (Ctrl++; Ctrl+wheel on a waveform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="99"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="100"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="101"/>
        <source>Whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="102"/>
        <source>Show the whole clips (Ctrl+0; double-click a waveform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="103"/>
        <source>Move both spans together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="105"/>
        <source>Dragging one side&apos;s bucket span moves the other side&apos;s by the same amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="143"/>
        <source>Select a pair in the table to see and hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="144"/>
        <source>Open a dataset to inspect its pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="161"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairInspector.cpp" line="161"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PairListPane</name>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="29"/>
        <source>&lt;h2&gt;Drop a dataset here&lt;/h2&gt;&lt;p&gt;A .zip of &lt;tt&gt;&amp;lt;name&amp;gt;_start&lt;/tt&gt; / &lt;tt&gt;&amp;lt;name&amp;gt;_end&lt;/tt&gt; audio pairs (wav, mp3, flac, ogg, aac, m4a) with optional &lt;tt&gt;&amp;lt;name&amp;gt;.txt&lt;/tt&gt; captions, a folder of them, or a link to a zip.&lt;/p&gt;&lt;p&gt;Or use File ▸ Open (Ctrl+O), File ▸ Open URL, or File ▸ New Sample Dataset.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="45"/>
        <source>Filter by name, status or caption (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="47"/>
        <source>Only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="48"/>
        <source>Show only pairs that are not ok or whose caption has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="82"/>
        <source>Show Only &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="91"/>
        <source>&amp;Filter Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="168"/>
        <source>%1 of %n pair(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="177"/>
        <source>&lt;b&gt;%1 usable&lt;/b&gt; · %2 skipped (shorter than the %3 s bucket) · %4 with errors · %5 excluded — of %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="180"/>
        <source>. A %1 s bucket would keep all %n skipped pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="182"/>
        <source>; a %1 s bucket would keep %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="184"/>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;&lt;b&gt;Cannot be trained on yet:&lt;/b&gt; the service would refuse it (HTTP 422).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/PairListPane.cpp" line="185"/>
        <source>&lt;span style=&apos;color:#2a7a2a&apos;&gt;&lt;b&gt;Ready to train on %n pair(s).&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="197"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PairListPane.cpp" line="197"/>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PairOrphanCommand</name>
    <message>
        <location filename="../src/ui/commands/PairOrphanCommand.cpp" line="13"/>
        <source>Pair %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PairTableModel</name>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="17"/>
        <source>— unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>%1 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="20"/>
        <source>%1 s · %2 %3 kHz %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="43"/>
        <source>%1 s, %2 %3, %4 Hz, %5 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="48"/>
        <source>fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="114"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="115"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="116"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="117"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="118"/>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="139"/>
        <source>error: a clip cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="146"/>
        <source>reference %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="147"/>
        <source>target %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="149"/>
        <source>skipped: %1 &lt; %2 s bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="149"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="184"/>
        <source>Final caption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="191"/>
        <source>both clips fill a bucket of at most %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="261"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="262"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="263"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="264"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="265"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PlaybackController</name>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="14"/>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="16"/>
        <source>Play or pause the selected side (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="17"/>
        <source>Play &amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="19"/>
        <source>Play the reference (the _start clip) (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="20"/>
        <source>Play &amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="22"/>
        <source>Play the target (the _end clip) (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="23"/>
        <source>A/B &amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="25"/>
        <source>Switch between reference and target at the same moment (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="26"/>
        <source>Play &amp;As Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="29"/>
        <source>Hear what the model gets: fitted to the bucket, 16 kHz, normalized (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="30"/>
        <source>&amp;Match Loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="33"/>
        <source>Play both sides at the same loudness (listening only; the data is untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="142"/>
        <source>Preparing %1 for listening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="157"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="157"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="159"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="161"/>
        <source>%1 %2 dB to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="233"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PlaybackController.cpp" line="233"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PreviewPanel</name>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="30"/>
        <source>Which validation entry&apos;s preview to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="35"/>
        <source>Play the preview made at the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="36"/>
        <source>Step 0 (no LoRA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="37"/>
        <source>Play the base model&apos;s output for the same reference and prompt, at the same position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="38"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="39"/>
        <source>Play the reference clip the preview was made from, at the same position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="40"/>
        <source>A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="41"/>
        <source>Switch between the preview and what it is compared with, at the same position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="43"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="152"/>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="152"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="234"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="246"/>
        <source>preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="248"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="248"/>
        <source>step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="248"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="263"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="263"/>
        <source>Step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="263"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="271"/>
        <source>step 0 (no LoRA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="271"/>
        <source>the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="272"/>
        <source>Playing the step %1 preview · A/B with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="273"/>
        <source>Playing %1 · A/B with the step %2 preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewPanel.cpp" line="274"/>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::PreviewTimeline</name>
    <message>
        <location filename="../src/ui/views/PreviewTimeline.cpp" line="21"/>
        <source>Validation previews by training step; step 0 is the base model without the LoRA. Click one to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewTimeline.cpp" line="78"/>
        <source>Previews appear here as training makes them, starting with step 0 (no LoRA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/PreviewTimeline.cpp" line="91"/>
        <source>0 (base)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::ReplaceClipCommand</name>
    <message>
        <location filename="../src/ui/commands/ReplaceClipCommand.cpp" line="13"/>
        <source>Replace Target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/commands/ReplaceClipCommand.cpp" line="14"/>
        <source>Replace Reference of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::ReportView</name>
    <message>
        <location filename="../src/ui/views/ReportView.cpp" line="20"/>
        <source>The dataset report appears here when a dataset is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::RequestFileActions</name>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="18"/>
        <source>&amp;Import Request JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="19"/>
        <source>Load training settings from a request JSON (the service&apos;s field names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="20"/>
        <source>E&amp;xport Request JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="21"/>
        <source>Save the training settings as a request JSON for a2a-train or the hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="33"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="43"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="45"/>
        <source> (the service would refuse it: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="47"/>
        <source> (its training_data_url is the dataset as opened: save the dataset to include your edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="54"/>
        <source>Import Request JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="55"/>
        <source>Request JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="65"/>
        <source>Export Request JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/actions/RequestFileActions.cpp" line="65"/>
        <source>Request JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::RunsView</name>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="24"/>
        <source>&lt;b&gt;Training history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="26"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="27"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="28"/>
        <source>Train Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="29"/>
        <source>Open Its Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="30"/>
        <source>Show Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Held-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="33"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="40"/>
        <source>Show this run&apos;s curves, previews and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="41"/>
        <source>Continue this run from its newest checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="42"/>
        <source>Load this run&apos;s settings into the training settings (the dataset stays the one open now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="43"/>
        <source>Open the curated dataset this run trained on (its snapshot in the run folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="44"/>
        <source>Open the run folder: lora_file, config_file, previews, checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="110"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="112"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="114"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="116"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="118"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="139"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="140"/>
        <location filename="../src/ui/views/RunsView.cpp" line="206"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="143"/>
        <source>rank %1 · lr %2 · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="144"/>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="144"/>
        <source>Dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="146"/>
        <source>Trigger phrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="148"/>
        <source>Newest checkpoint: step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="150"/>
        <source>LoRA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="152"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/RunsView.cpp" line="160"/>
        <source>&lt;b&gt;Training history&lt;/b&gt; — no runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/RunsView.cpp" line="160"/>
        <source>&lt;b&gt;Training history&lt;/b&gt; — %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>a2a::SampleDatasetDialog</name>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="23"/>
        <source>speech → the same speech through a vintage radio (band-pass, saturation, hum, hiss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="25"/>
        <source>noisy speech → the clean speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="27"/>
        <source>a melody on piano → the same melody on a flute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="36"/>
        <source>New Sample Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="42"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="49"/>
        <source>&amp;Pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="53"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="55"/>
        <source>Clip &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="61"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="63"/>
        <source>&amp;Make and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="84"/>
        <source>Save Sample Dataset As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="84"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::SetTriggerPhraseCommand</name>
    <message>
        <location filename="../src/ui/commands/SetTriggerPhraseCommand.cpp" line="13"/>
        <source>Set Trigger Phrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::SetTrimOffsetCommand</name>
    <message>
        <location filename="../src/ui/commands/SetTrimOffsetCommand.cpp" line="14"/>
        <source>Move Trim Span of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::TimeRuler</name>
    <message>
        <location filename="../src/ui/views/TimeRuler.cpp" line="35"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::TrainingController</name>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="61"/>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="96"/>
        <source>A run is already training; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="68"/>
        <source>The embedded base model was not found. Reinstall A2A Studio, or set A2A_DEFAULT_BASE to a base checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="83"/>
        <source>Cannot create the run folder %1. Check that %2 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="102"/>
        <source>%1 holds no run that can be resumed (its run.json is missing or unreadable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="107"/>
        <source>%1 is still being trained by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="108"/>
        <source>%1 has finished; train again to make a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingController.cpp" line="143"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::TrainingPage</name>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="52"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="53"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="54"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="63"/>
        <source>Open Combined Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="64"/>
        <source>Show Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="72"/>
        <location filename="../src/ui/views/TrainingPage.cpp" line="443"/>
        <source>Train an IC-LoRA on the dataset as curated here, with the training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="73"/>
        <source>Stop training; a checkpoint is saved and Resume continues from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="74"/>
        <source>Continue the shown run from its newest checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="81"/>
        <source>Open audio.wav, every validation preview in one file, in your audio player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="82"/>
        <source>Open the run folder: lora_file.safetensors, config_file.json, audio.wav, previews, checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="136"/>
        <source>Stopping: finishing the current step and saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="218"/>
        <source>A run is training; stop it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="220"/>
        <source>Open a dataset first (File ▸ Open, or drop a .zip onto the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="222"/>
        <source>Fix the training settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="232"/>
        <source>The dataset cannot be trained on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="233"/>
        <source>No pair fills the %1 s bucket (audio_duration_seconds): lower it in the settings, or fix the short clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="261"/>
        <source>Choose a stopped or interrupted run in the history to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="286"/>
        <source>This run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="302"/>
        <source>Loss and held-out metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="304"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="304"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="320"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="322"/>
        <source>Resuming %1 from its newest checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="323"/>
        <source>Starting: loading the base model and saving the dataset snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="343"/>
        <source>Validating at step %1: making the previews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="345"/>
        <source>Training: step %1 of %2 · loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="357"/>
        <source>Baseline made (step 0, no LoRA; held-out metric %1). Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="358"/>
        <source>Baseline made (step 0, no LoRA). Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="370"/>
        <source>Preparing %v of %m pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="370"/>
        <source>Saving the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="374"/>
        <source>Making the step-0 baseline preview (the base model without the LoRA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="376"/>
        <source>Preparing the pairs: fitting, resampling and encoding %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="378"/>
        <source>Saving the LoRA, its config and the combined preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="396"/>
        <source>Finished: %1 steps; held-out metric %2 (1.0 = no better than the reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="397"/>
        <source>Finished: %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="401"/>
        <source>Stopped after step %1; a checkpoint was saved. Resume continues from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="404"/>
        <source>Training failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="405"/>
        <source>Training failed: %1
Everything made so far (previews, checkpoints, curves) is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="433"/>
        <source>Loaded the settings of %1 (rank %2, %3 steps, learning rate %4). Train uses the dataset open now; &quot;Open Its Dataset&quot; opens the one that run trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="448"/>
        <source>Continue %1 from its newest checkpoint (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="449"/>
        <source>Continue a stopped or interrupted run (choose one in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="460"/>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="461"/>
        <source>%1 s/step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="462"/>
        <source>elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="464"/>
        <source>remaining ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="486"/>
        <source>LoRA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="487"/>
        <source>Use it with prompts like: “%1”, on reference clips of about %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingPage.cpp" line="489"/>
        <source>Once trained, use it with prompts like: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::TrainingSettingsPanel</name>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="143"/>
        <source>Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="144"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="149"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="155"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="157"/>
        <source>e.g. tonech4nge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="163"/>
        <source>training_data_url: the dataset the window trains is the one open; an exported request names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="164"/>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="166"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="178"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="179"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="205"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="182"/>
        <source>Peak-normalize each clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="184"/>
        <source>Stretch slightly long clips instead of trimming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="187"/>
        <source>Validation previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="193"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="194"/>
        <source>Put back the built-in negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="196"/>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="202"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="203"/>
        <source>Split inputs into scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="207"/>
        <source>Write debug_dataset.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="212"/>
        <source>Before you train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="301"/>
        <source>learning_rate &quot;%1&quot; is not a number: write it as 0.0002 or 2e-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="325"/>
        <source>the dataset you open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="327"/>
        <source>%1 (not open: the window trains the dataset it has open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="330"/>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="347"/>
        <source>preview %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="378"/>
        <source>Settings are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="373"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="376"/>
        <source>Cannot train yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="374"/>
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="409"/>
        <source>%1: %2 does not exist; choose another clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="434"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="457"/>
        <source>Fix the settings above to get an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="440"/>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="462"/>
        <source>No estimate: Train cannot use this base model (see Base model above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="447"/>
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="500"/>
        <source>No system BLAS was found: training needs one. Install OpenBLAS: apt-get install libopenblas0-pthread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TrainingSettingsPanel.cpp" line="501"/>
        <source>Training will be about 30× slower than it should: the slow reference BLAS (%1) is in use. Install OpenBLAS: apt-get install libopenblas0-pthread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::TrainingWorker</name>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="50"/>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="63"/>
        <source>%1 is being trained by another process (its lock file %2 is held). Wait for it to finish, or stop it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="108"/>
        <source>validation entry %1: the reference clip cannot be used: %2. Pick another clip in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/TrainingWorker.cpp" line="120"/>
        <source>The curves of this run cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::TryItPanel</name>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="67"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="68"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="86"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="90"/>
        <source>The reference clip the LoRA transforms: any audio file, or a pair&apos;s reference. Clips longer than the bucket are processed in overlapping windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="92"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="97"/>
        <source>Use the trigger phrase and the caption style you trained with (Inference Format Matching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="99"/>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="100"/>
        <source>The trigger phrase with the dataset&apos;s most common caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="103"/>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="109"/>
        <source>lora_file.safetensors of a finished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="110"/>
        <source>The trained IC-LoRA; a finished run fills it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="112"/>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="115"/>
        <source>&amp;LoRA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="122"/>
        <source>Both outputs start from the same noise, so they differ only by the LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="123"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="127"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="128"/>
        <source>Generate with the LoRA and, from the same seed, with the base alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="129"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="144"/>
        <source>Listen and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="146"/>
        <source>With LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="146"/>
        <source>Base alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="146"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="150"/>
        <source>Play; while playing, switches here at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="154"/>
        <source>A/&amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="155"/>
        <source>Switch between the LoRA&apos;s output and the clip last compared with it, at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="156"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="159"/>
        <source>Save LoRA output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="160"/>
        <source>Save the output with the LoRA as a WAV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="161"/>
        <source>Save base output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="162"/>
        <source>Save the output of the base alone (same seed) as a WAV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="247"/>
        <source>No base model was found: set A2A_DEFAULT_BASE or install the default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="249"/>
        <source>Choose a reference clip: a file, or a pair&apos;s reference from the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="251"/>
        <source>The reference clip %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="253"/>
        <source>Choose a LoRA file (lora_file.safetensors of a finished run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="255"/>
        <source>The LoRA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="272"/>
        <source>Generating from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="284"/>
        <source>Done: %1 s with and without the LoRA, seed %2. Listen and compare below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="303"/>
        <source>The reference clip could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="338"/>
        <source>Nothing to save yet: generate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="340"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="341"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="348"/>
        <source>Choose a LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="348"/>
        <source>LoRA (*.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="357"/>
        <source>Save as WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/TryItPanel.cpp" line="357"/>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::ValidationEntriesEditor</name>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="21"/>
        <source>No entries: the previews transform a clip the LoRA does not train on (the held-out pair), or the first pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="28"/>
        <source>Add validation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="29"/>
        <source>A prompt and a reference clip that the previews transform, at most %1. Use a clip the LoRA has not seen to judge how it generalises, and the trigger phrase and caption style you trained with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="111"/>
        <source>Prompt, e.g. tonech4nge a warm vintage-radio version of the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="112"/>
        <source>prompt: the text of this preview. Match the caption style and trigger phrase you train with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="114"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="115"/>
        <source>Remove this validation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/ValidationEntriesEditor.cpp" line="121"/>
        <source>reference_audio_url (required): the reference audio this preview transforms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a2a::WaveformView</name>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="94"/>
        <source>Select a pair to see its waveforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="95"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="116"/>
        <source>missing %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="206"/>
        <source>too short: %1 s of the %2 s bucket missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="209"/>
        <source>fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="248"/>
        <source>Drag to choose which %1 s of this clip are trained on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/ui/main.cpp" line="95"/>
        <source>Curate paired audio datasets and train audio-to-audio IC-LoRAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="98"/>
        <source>A .zip, a folder or an http(s) URL to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="100"/>
        <source>Bucket (audio_duration_seconds) to judge the pairs by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="102"/>
        <source>Select the pair with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="103"/>
        <source>List only pairs with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="104"/>
        <source>Bring the Report tab to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="105"/>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="109"/>
        <source>Select --select NAME (or the first skipped pair), save a PNG of the window, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="111"/>
        <source>Bring this dock to the front (e.g. trainingSettingsDock, tryItDock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="114"/>
        <source>Keep training runs in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="117"/>
        <source>Train the dataset, save a PNG of the Training tab at half the steps, then stop and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="119"/>
        <source>With --screenshot-training: let the run finish and save this PNG too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="121"/>
        <source>number_of_steps for --screenshot-training [100].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="126"/>
        <source>Interface language for this run, e.g. de or en (default: View ▸ Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
