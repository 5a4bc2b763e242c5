; Inno Setup 6 (6.3 or later) script of the UNNM Desktop installer for Windows 10 and 11 (64-bit).
;
; It packs the one-folder PyInstaller bundle dist\unnm-desktop\ (built first by packaging\build_bundle.py)
; into one setup program that installs for the current user without administrator rights: the program
; into %LOCALAPPDATA%\Programs\UNNM Desktop, a Start menu entry, an optional desktop icon, the meeting
; package file type (.unnmpkg) and an uninstaller (Settings > Apps). Saved as UTF-8 with a BOM, which
; Inno Setup needs to read the Turkish texts below. Meetings, backups and logs live in
; %LOCALAPPDATA%\UNNM\unnm-desktop and are never touched by installing, upgrading or uninstalling.
;
; Build (from the repository root, after the bundle):
;   iscc /DAppVersion=0.1.0 packaging\windows\unnm-desktop.iss
; or  python packaging\build_bundle.py --installer   (passes the version from pyproject.toml)
; Output: dist\unnm-desktop-<version>-setup.exe. IT departments may install for all users with
; unnm-desktop-<version>-setup.exe /ALLUSERS (that one asks for administrator rights).

#ifndef AppVersion
  #define AppVersion "0.0.0-dev"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#define AppName "UNNM Desktop"
#define AppPublisher "UNNM Desktop developers"
#define AppExeName "unnm-desktop.exe"
; Meeting packages (docs/package-format.md). The extension is defined here and in
; packaging/linux/org.unnm.Desktop.mime.xml; the program opens such a file given as its only argument.
#define PackageExt ".unnmpkg"
#define PackageProgId "UNNMDesktop.MeetingPackage"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{ABE16F45-403F-4014-B1BD-3B4C55322FAE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install, no administrator rights: {autopf} is then %LOCALAPPDATA%\Programs and registry
; entries under HKA go to HKEY_CURRENT_USER.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#DistDir}
OutputBaseFilename=unnm-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\unnm-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[CustomMessages]
english.PackageFileType=UNNM Desktop meeting package
turkish.PackageFileType=UNNM Desktop toplantı paketi
english.AssociationGroup=File types:
turkish.AssociationGroup=Dosya türleri:
english.AssociatePackages=Open meeting packages (%1) with UNNM Desktop
turkish.AssociatePackages=Toplantı paketlerini (%1) UNNM Desktop ile aç

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociatePackages,{#PackageExt}}"; GroupDescription: "{cm:AssociationGroup}"

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole: no file of an older version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\unnm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The meeting package file type, for the current user (HKA = HKCU in a per-user install).
Root: HKA; Subkey: "Software\Classes\{#PackageExt}"; ValueType: string; ValueName: ""; ValueData: "{#PackageProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageExt}\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#PackageExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
