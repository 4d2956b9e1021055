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
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="117"/>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="146"/>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="148"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/ClipLoadController.cpp" line="137"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDecodeController</name>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="67"/>
        <source>the clip cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="74"/>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/controllers/PreviewDecodeController.cpp" line="91"/>
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
    <name>a2a::DatasetController</name>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="123"/>
        <source>Exclude %n Pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="124"/>
        <source>Include %n Pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="164"/>
        <source>Set %n Empty Caption(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/DatasetController.cpp" line="185"/>
        <source>Replace &quot;%1&quot; in %n Caption(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/DatasetController.cpp" line="279"/>
        <source>reference is %1 s but target is %2 s; each side is fitted on its own and they may not line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/DatasetController.cpp" line="281"/>
        <source>make both clips the same length, or set their trim offsets so the same moment is kept</source>
        <translation type="unfinished"></translation>
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
    <name>a2a::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="47"/>
        <location filename="../src/ui/MainWindow.cpp" line="181"/>
        <location filename="../src/ui/MainWindow.cpp" line="308"/>
        <source>A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="75"/>
        <source>Stop opening or saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="85"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="111"/>
        <source>Captions and Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="112"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="113"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="130"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="131"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="133"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="144"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="148"/>
        <source>&amp;About A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="149"/>
        <source>About A2A Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="150"/>
        <source>&lt;h3&gt;A2A Studio %1&lt;/h3&gt;&lt;p&gt;Curate paired audio datasets and train audio-to-audio IC-LoRAs for the LTX-2.3 audio transformer.&lt;/p&gt;&lt;p&gt;MIT license.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="154"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="156"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="178"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="280"/>
        <source>Opened %1: %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="284"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="312"/>
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
        <location filename="../src/ui/models/PairTableModel.cpp" line="16"/>
        <source>— unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="18"/>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="18"/>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="18"/>
        <source>%1 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="19"/>
        <source>%1 s · %2 %3 kHz %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="42"/>
        <source>%1 s, %2 %3, %4 Hz, %5 ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="47"/>
        <source>fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="113"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="114"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="115"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="116"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="117"/>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="138"/>
        <source>error: a clip cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="145"/>
        <source>reference %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="146"/>
        <source>target %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="148"/>
        <source>skipped: %1 &lt; %2 s bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="148"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="183"/>
        <source>Final caption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="190"/>
        <source>both clips fill a bucket of at most %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="260"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="261"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="262"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="263"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/PairTableModel.cpp" line="264"/>
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
    <name>a2a::SampleDatasetDialog</name>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="21"/>
        <source>New Sample Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="27"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="34"/>
        <source>&amp;Pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="38"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="40"/>
        <source>Clip &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="43"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="46"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="48"/>
        <source>&amp;Make and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="69"/>
        <source>Save Sample Dataset As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/SampleDatasetDialog.cpp" line="69"/>
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
    <name>a2a::WaveformView</name>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="93"/>
        <source>Select a pair to see its waveforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="94"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="115"/>
        <source>missing %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="205"/>
        <source>too short: %1 s of the %2 s bucket missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="208"/>
        <source>fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/views/WaveformView.cpp" line="247"/>
        <source>Drag to choose which %1 s of this clip are trained on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/ui/main.cpp" line="96"/>
        <source>Curate paired audio datasets and train audio-to-audio IC-LoRAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="99"/>
        <source>A .zip, a folder or an http(s) URL to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="101"/>
        <source>Bucket (audio_duration_seconds) to judge the pairs by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="103"/>
        <source>Select the pair with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="104"/>
        <source>List only pairs with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="105"/>
        <source>Bring the Report tab to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="106"/>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main.cpp" line="110"/>
        <source>Select --select NAME (or the first skipped pair), save a PNG of the window, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
