"""The phrase bank (issue 14): the formulas of UN minutes in English and Turkish, with {…} placeholders.

`phrase` holds them in the bank's own order (`position`); the secretariat edits them (Desk → Phrase bank…), the
rapporteur inserts them while typing the notes, packages and sync carry them. The default bank is seeded here, so
a new database and an existing one being upgraded both get it. Each default formula has a fixed id (a UUID 5 of
its key) and a fixed time, so two laptops seeded apart hold the same records: a sync or a package between them
finds nothing to merge, and an edit to a default formula on one side is an edit to the same record on the other.
The formulas are written out here, not imported from the app: a migration stays what it was when released.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 20:40:00
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The namespace of the default formulas' ids: uuid5(PHRASE_NAMESPACE, key).
PHRASE_NAMESPACE = uuid.UUID("5b0c6c3e-7d0e-4a51-9a43-2f1c7c0e1a14")
SEEDED_AT = datetime(2026, 12, 3, 0, 0, 0)  # naive UTC, as the app stores times

# (key, English, Turkish), in the order the bank shows them.
DEFAULT_PHRASES: tuple[tuple[str, str, str], ...] = (
    # The Chair
    ("chair-opened", "The Chair opened the meeting and welcomed the participants.",
     "Başkan toplantıyı açarak katılımcılara hoş geldiniz dedi."),
    ("chair-recalled", "The Chair recalled that {…}.", "Başkan, {…} hususunu hatırlattı."),
    ("chair-invited", "The Chair invited {ORG} to present {…}.",
     "Başkan, {…} konusunu sunmak üzere sözü {ORG} temsilcisine verdi."),
    ("chair-thanked", "The Chair thanked {ORG} for {…}.", "Başkan, {…} için {ORG} temsilcisine teşekkür etti."),
    ("chair-drew-attention", "The Chair drew the attention of the Network to {…}.",
     "Başkan, Ağın dikkatini {…} konusuna çekti."),
    ("chair-summarised", "The Chair summarised the discussion as follows: {…}.",
     "Başkan, görüşmeleri şu şekilde özetledi: {…}."),
    ("chair-consensus", "The Chair noted that there was consensus on {…}.",
     "Başkan, {…} konusunda uzlaşı bulunduğunu kaydetti."),
    ("chair-closed", "The Chair closed the meeting at {…}.", "Başkan, saat {…} itibarıyla toplantıyı kapattı."),
    # The Network
    ("network-adopted-agenda", "The Network adopted the agenda as proposed.",
     "Ağ, gündemi önerildiği şekilde kabul etti."),
    ("network-adopted-agenda-amended", "The Network adopted the agenda as amended: {…}.",
     "Ağ, gündemi şu değişiklikle kabul etti: {…}."),
    ("network-approved-minutes", "The Network approved the minutes of its previous meeting without amendment.",
     "Ağ, bir önceki toplantısının tutanağını değişiklik yapılmaksızın onayladı."),
    ("network-took-note", "The Network took note of {…}.", "Ağ, {…} hususunu not aldı."),
    ("network-welcomed", "The Network welcomed {…}.", "Ağ, {…} hususunu memnuniyetle karşıladı."),
    ("network-agreed", "The Network agreed to {…}.", "Ağ, {…} hususunda mutabık kaldı."),
    ("network-decided", "The Network decided to {…}.", "Ağ, {…} yönünde karar verdi."),
    ("network-requested", "The Network requested the secretariat to {…}.", "Ağ, sekretaryadan {…} talep etti."),
    ("network-encouraged", "The Network encouraged its members to {…}.",
     "Ağ, üyelerini {…} konusunda teşvik etti."),
    ("network-deferred", "The Network agreed to defer consideration of {…} to its next meeting.",
     "Ağ, {…} konusunun görüşülmesini bir sonraki toplantısına ertelemeyi kararlaştırdı."),
    # The members
    ("org-informed", "{ORG} informed the Network that {…}.", "{ORG} temsilcisi, {…} hususunda Ağı bilgilendirdi."),
    ("org-presented", "{ORG} presented {…}.", "{ORG} temsilcisi, {…} hakkında bir sunum yaptı."),
    ("org-appreciation", "{ORG} expressed its appreciation for {…}.",
     "{ORG} temsilcisi, {…} için takdirlerini ifade etti."),
    ("org-reiterated", "{ORG} reiterated its commitment to {…}.",
     "{ORG} temsilcisi, {…} konusundaki taahhüdünü yineledi."),
    ("org-proposed", "{ORG} proposed that {…}.", "{ORG} temsilcisi, {…} önerisinde bulundu."),
    ("org-supported", "{ORG} supported the proposal made by {ORG}.",
     "{ORG} temsilcisi, {ORG} temsilcisinin önerisini destekledi."),
    ("org-concern", "{ORG} expressed concern about {…}.",
     "{ORG} temsilcisi, {…} konusundaki endişesini dile getirdi."),
    ("org-asked", "{ORG} asked whether {…}.", "{ORG} temsilcisi, {…} olup olmadığını sordu."),
    ("org-clarified", "In response, {ORG} clarified that {…}.",
     "Buna yanıt olarak {ORG} temsilcisi, {…} hususunu açıkladı."),
    ("org-reservation", "{ORG} entered a reservation on {…}.", "{ORG} temsilcisi, {…} konusunda çekince koydu."),
    ("org-ad-referendum", "{ORG} joined the consensus ad referendum, pending confirmation from its headquarters by {…}.",
     "{ORG} temsilcisi, merkezinin {…} tarihine kadar teyidine bağlı olarak uzlaşıya ad referendum katıldı."),
    # The secretariat
    ("secretariat-presented", "The secretariat presented {…}.", "Sekretarya, {…} hakkında bilgi sundu."),
    ("secretariat-circulated", "The secretariat circulated {…} to the members of the Network.",
     "Sekretarya, {…} belgesini Ağ üyelerine dağıttı."),
    ("secretariat-will-circulate", "The secretariat will circulate {…} by {…}.",
     "Sekretarya, {…} belgesini {…} tarihine kadar dağıtacaktır."),
    ("secretariat-action-points", "The secretariat reported on the action points of the previous meeting: {…}.",
     "Sekretarya, bir önceki toplantının eylem maddelerinin durumu hakkında bilgi verdi: {…}."),
    # Closing
    ("no-other-business", "No other business was raised.",
     "Diğer hususlar başlığı altında herhangi bir konu gündeme getirilmedi."),
    ("next-meeting", "The next meeting of the Network will be held on {…} in {…}.",
     "Ağın bir sonraki toplantısı {…} tarihinde {…} ilinde yapılacaktır."),
)  # fmt: skip


def phrase_id(key: str) -> str:
    return str(uuid.uuid5(PHRASE_NAMESPACE, key))


def upgrade() -> None:
    phrase = op.create_table(
        "phrase",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_tr", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase")),
    )
    op.bulk_insert(
        phrase,
        [
            {
                "id": phrase_id(key),
                "position": position,
                "text_en": english,
                "text_tr": turkish,
                "version": 1,
                "created_at": SEEDED_AT,
                "updated_at": SEEDED_AT,
            }
            for position, (key, english, turkish) in enumerate(DEFAULT_PHRASES, start=1)
        ],
    )


def downgrade() -> None:
    op.drop_table("phrase")
