# `cpack -G DEB` in the build folder makes a .deb of the app, the CLI, the embedded model and the
# desktop integration. Runtime dependencies are the shared libraries of packaging/debian-deps.txt.
install(FILES ${CMAKE_SOURCE_DIR}/resources/default-base.safetensors DESTINATION share/a2a-studio OPTIONAL)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/a2a-studio.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.github.a2astudio.A2AStudio.metainfo.xml DESTINATION share/metainfo)
if(EXISTS ${CMAKE_SOURCE_DIR}/resources/icons/a2a-studio.svg)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/a2a-studio.svg DESTINATION share/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME "a2a-studio")
set(CPACK_PACKAGE_VENDOR "A2A Studio contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Curate paired audio datasets and train audio-to-audio IC-LoRAs for LTX-2.3")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "A2A Studio contributors <maintainers@users.noreply.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION "sound")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6multimedia6, libqt6charts6, libqt6network6, libqt6svg6, qt6-qpa-plugins, libtorch1.13, libopenblas0-pthread, libquazip1-qt6-1, libsndfile1, libsamplerate0, librubberband2, libsentencepiece0, libavcodec59, espeak-ng, fluidsynth, fluid-soundfont-gm")
# Qt's own dialog strings (qtbase_<lang>.qm) in the user's language; ours ship in share/a2a-studio/translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_GENERATOR "DEB")
include(CPack)
