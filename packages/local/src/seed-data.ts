import type { Holiday, Standard, TenantRole, TimeZone, UNIT_KINDS } from '@prima/domain';

/**
 * The demo Pemda that `pnpm start` seeds on its first start: a fictional kabupaten with realistic OPD units,
 * service standards (all 14 components, PermenPAN-RB 15/2014), a Maklumat per unit and one login per role.
 * Only data lives here; seed.ts writes it.
 */

/** The password of every demo login (12+ characters with letters and digits, like the Cognito policy). */
export const DEMO_PASSWORD = 'Demo-Prima-2026';

export const DEMO_TENANT = {
  name: 'Pemerintah Kabupaten Sukamaju',
  slug: 'kab-sukamaju',
  kind: 'kabupaten',
  timeZone: 'Asia/Jakarta' as TimeZone,
  adminEmail: 'admin@sukamaju.go.id',
  adminName: 'Rudi Hartono, S.Kom.',
} as const;

/** Contact details shown on the Pemda's public page. */
export const DEMO_SETTINGS = {
  contactEmail: 'layanan@sukamaju.go.id',
  contactPhone: '(0265) 321100',
  address: 'Jl. Merdeka No. 1, Kompleks Perkantoran Pemerintah Kabupaten Sukamaju, Sukamaju 46111',
};

/** A regional holiday added to the default calendar, as a Pemda does by Keputusan Bupati. */
export const DEMO_REGIONAL_HOLIDAY: { monthDay: string; name: string; kind: Holiday['kind'] } = {
  monthDay: '07-14',
  name: 'Hari Jadi Kabupaten Sukamaju',
  kind: 'daerah',
};

export interface DemoUser {
  email: string;
  name: string;
  role: TenantRole;
  /** Keys of SEED_UNITS a unit officer is scoped to. */
  units: string[];
  /** What to try with this login. */
  note: string;
}

/** One login per role. The tenant admin is the Pemda's first admin, created by onboarding. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: DEMO_TENANT.adminEmail,
    name: DEMO_TENANT.adminName,
    role: 'tenant-admin',
    units: [],
    note: 'units, services, users, settings',
  },
  {
    email: 'koordinator@sukamaju.go.id',
    name: 'Dewi Lestari, S.Sos.',
    role: 'coordinator',
    units: [],
    note: 'verifies and dispatches complaints',
  },
  {
    email: 'petugas.disdukcapil@sukamaju.go.id',
    name: 'Agus Setiawan, A.Md.',
    role: 'unit-officer',
    units: ['disdukcapil'],
    note: 'scoped to Disdukcapil',
  },
  {
    email: 'petugas.dinkes@sukamaju.go.id',
    name: 'Nur Aini, S.K.M.',
    role: 'unit-officer',
    units: ['dinkes'],
    note: 'scoped to Dinas Kesehatan',
  },
  {
    email: 'analis@sukamaju.go.id',
    name: 'Bambang Prasetyo, S.E., M.M.',
    role: 'analyst',
    units: [],
    note: 'read-only',
  },
];

/** The platform operator: belongs to no tenant; onboards, suspends, exports and deletes tenants. */
export const DEMO_OPERATOR = { email: 'operator@prima.local', name: 'Operator Prima' } as const;

type Kind = (typeof UNIT_KINDS)[number];

/** The components a unit's services share: the internal ("manufacturing") ones and complaint handling. */
type UnitComponents = Pick<
  Standard,
  | 'sarana'
  | 'kompetensi'
  | 'pengawasan'
  | 'pengaduan'
  | 'jumlahPelaksana'
  | 'jaminanPelayanan'
  | 'jaminanKeamanan'
  | 'evaluasi'
>;

/** The components every service states itself; it may override the unit's shared ones too. */
type ServiceComponents = Pick<
  Standard,
  'dasarHukum' | 'persyaratan' | 'prosedur' | 'jangkaWaktu' | 'biaya' | 'produk'
> &
  Partial<UnitComponents>;

export interface SeedService {
  name: string;
  description: string;
  /** Jangka waktu in working days; 0 is the same day. Matches `standard.jangkaWaktu`. */
  durationWorkingDays: number;
  /** Fee in rupiah (0 = free); null when it is computed per case. Matches `standard.biaya`. */
  feeRupiah: number | null;
  standard: ServiceComponents;
}

export interface SeedUnit {
  key: string;
  name: string;
  shortName: string;
  kind: Kind;
  headName: string;
  address: string;
  phone: string;
  email: string;
  components: UnitComponents;
  services: SeedService[];
}

export const PERDA_PDRD =
  'Peraturan Daerah Kabupaten Sukamaju Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah';

/** The Maklumat Pelayanan every unit signs (the wording of PermenPAN-RB 15/2014, Lampiran). */
export const maklumatText = (unitName: string) =>
  `Dengan ini, kami ${unitName} Kabupaten Sukamaju menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan, memberikan pelayanan yang cepat, mudah, transparan, dan tanpa diskriminasi, tidak menerima imbalan dalam bentuk apa pun di luar ketentuan, dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.`;

const pengaduan = (unit: string, phone: string, whatsapp: string, email: string) =>
  [
    'Pengaduan, saran dan masukan dapat disampaikan melalui:',
    '1. SP4N-LAPOR! (www.lapor.go.id, SMS 1708, atau aplikasi LAPOR!);',
    '2. Halaman pengaduan Prima Pemerintah Kabupaten Sukamaju (tanpa perlu akun; dapat anonim/rahasia);',
    `3. WhatsApp pengaduan ${whatsapp};`,
    `4. Telepon ${phone} atau email ${email};`,
    `5. Kotak saran dan meja pengaduan di ruang pelayanan ${unit}.`,
    'Pengaduan diverifikasi paling lambat 3 hari kerja dan ditindaklanjuti paling lambat 5 hari kerja setelah disposisi (PermenPAN-RB Nomor 62 Tahun 2018). Identitas pelapor dirahasiakan atas permintaan (UU Nomor 25 Tahun 2009 Pasal 42). Pengaduan tidak dipungut biaya.',
  ].join('\n');

const jaminanPelayanan = (unit: string, extra = '') =>
  `Pelayanan dijamin sesuai Standar Pelayanan dan Maklumat Pelayanan yang ditetapkan Kepala ${unit}; petugas melayani tanpa imbalan di luar ketentuan dan memberikan kepastian waktu serta biaya.${extra ? ` ${extra}` : ''}`;

const evaluasi = (unit: string, extra = '') =>
  `Evaluasi kinerja pelaksana dilakukan setiap triwulan oleh Kepala ${unit} berdasarkan capaian Standar Pelayanan, hasil Survei Kepuasan Masyarakat (SKM) per semester sesuai PermenPAN-RB Nomor 14 Tahun 2017, dan rekapitulasi pengaduan; hasilnya dituangkan dalam rencana tindak lanjut perbaikan.${extra ? ` ${extra}` : ''}`;

const ADMINDUK =
  'UU Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan UU Nomor 24 Tahun 2013';
const PERPRES_96 =
  'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil';
const PERMENDAGRI_108 =
  'Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Perpres 96/2018';
const ADMINDUK_GRATIS =
  'Tidak dipungut biaya (UU Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya).';
const YANLIK = 'UU Nomor 25 Tahun 2009 tentang Pelayanan Publik';
const KESEHATAN =
  'UU Nomor 17 Tahun 2023 tentang Kesehatan; PP Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan UU 17/2023';
const CIPTAKER =
  'UU Nomor 6 Tahun 2023 tentang Penetapan Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang';
const PP_OSS = 'PP Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko';
const PP_PBG =
  'PP Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan UU Nomor 28 Tahun 2002 tentang Bangunan Gedung';

const lines = (...items: string[]) => items.map((s, i) => `${i + 1}. ${s}`).join('\n');

export const SEED_UNITS: readonly SeedUnit[] = [
  {
    key: 'disdukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Disdukcapil',
    kind: 'dinas',
    headName: 'Drs. H. Asep Saepudin, M.Si.',
    address: 'Jl. Jenderal Sudirman No. 45, Sukamaju 46112',
    phone: '(0265) 321201',
    email: 'disdukcapil@sukamaju.go.id',
    components: {
      sarana:
        'Ruang tunggu ber-AC dengan 60 kursi, mesin antrean elektronik, 8 loket pelayanan, 4 set alat perekaman KTP-el (kamera, sidik jari, iris, tanda tangan), printer kartu dan printer akta, anjungan dukcapil mandiri (ADM), pojok laktasi, ruang bermain anak, toilet dan jalur kursi roda untuk penyandang disabilitas, serta area parkir.',
      kompetensi:
        'Petugas berpendidikan minimal SMA/sederajat, memahami peraturan administrasi kependudukan, mampu mengoperasikan SIAK Terpusat dan perangkat perekaman KTP-el, telah mengikuti bimbingan teknis dari Ditjen Dukcapil Kemendagri, serta berperilaku sopan dan ramah.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Bidang Pelayanan Pendaftaran Penduduk dan Kepala Bidang Pelayanan Pencatatan Sipil; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju; audit hak akses SIAK oleh Ditjen Dukcapil.',
      pengaduan: pengaduan(
        'Disdukcapil',
        '(0265) 321201',
        '0812-2000-1201',
        'pengaduan.disdukcapil@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '24 orang: 8 petugas loket, 6 operator perekaman dan pencetakan, 4 verifikator, 2 petugas informasi dan pengaduan, 4 petugas jemput bola.',
      jaminanPelayanan: jaminanPelayanan(
        'Dinas Kependudukan dan Pencatatan Sipil',
        'Dokumen yang sudah dicetak dapat diambil pada hari yang sama atau dikirim dalam bentuk PDF ber-TTE ke email pemohon.',
      ),
      jaminanKeamanan:
        'Data kependudukan dilindungi sesuai UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi; akses SIAK hanya dengan akun dan sidik jari petugas; dokumen ditandatangani secara elektronik (TTE) dan dilengkapi kode QR; ruang pelayanan dilengkapi CCTV dan APAR.',
      evaluasi: evaluasi('Dinas Kependudukan dan Pencatatan Sipil'),
    },
    services: [
      {
        name: 'Penerbitan KTP-el',
        description:
          'Penerbitan Kartu Tanda Penduduk elektronik bagi penduduk yang berusia 17 tahun atau sudah/pernah kawin, serta penggantian KTP-el karena rusak, hilang, atau perubahan data.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${ADMINDUK}; ${PERPRES_96}; ${PERMENDAGRI_108}; Peraturan Menteri Dalam Negeri Nomor 72 Tahun 2022 tentang Standar dan Spesifikasi Perangkat Keras, Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan Digital.`,
          persyaratan: [
            'KTP-el baru: telah berusia 17 tahun, sudah kawin, atau pernah kawin; fotokopi Kartu Keluarga (KK).',
            'Penggantian karena rusak: KTP-el yang rusak; KK.',
            'Penggantian karena hilang: surat keterangan kehilangan dari kepolisian; KK.',
            'Perubahan data: KK yang sudah memuat data terbaru; KTP-el lama.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengambil nomor antrean dan menyerahkan persyaratan di loket.',
            'Petugas memverifikasi data pada SIAK Terpusat.',
            'Perekaman biometrik (foto, sidik jari, iris, tanda tangan) bagi yang belum merekam.',
            'Petugas mencetak KTP-el setelah data dinyatakan valid.',
            'Pemohon menerima KTP-el dan menandatangani tanda terima.',
          ),
          jangkaWaktu:
            '1 (satu) hari kerja sejak persyaratan lengkap dan data dinyatakan valid; perekaman biometrik selesai dalam 15 menit.',
          biaya: ADMINDUK_GRATIS,
          produk: 'KTP-el.',
        },
      },
      {
        name: 'Penerbitan Kartu Keluarga (KK)',
        description:
          'Penerbitan KK baru, penambahan atau pengurangan anggota keluarga, perubahan data, serta penggantian KK yang hilang atau rusak.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${ADMINDUK}; ${PERPRES_96}; ${PERMENDAGRI_108}; Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan.`,
          persyaratan: [
            'KK baru karena membentuk keluarga baru: buku nikah/kutipan akta perkawinan atau SPTJM kebenaran sebagai pasangan suami istri; surat keterangan pindah (SKPWNI) bagi penduduk pindahan.',
            'Penambahan anggota keluarga (kelahiran): KK lama; kutipan akta kelahiran.',
            'Perubahan data: KK lama; dokumen autentik yang menjadi dasar perubahan (ijazah, akta, buku nikah).',
            'KK hilang atau rusak: surat keterangan kehilangan dari kepolisian atau KK yang rusak; KTP-el kepala keluarga.',
            'Formulir biodata keluarga (F-1.01) yang telah diisi.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengisi formulir F-1.01 dan menyerahkan persyaratan di loket atau melalui aplikasi layanan daring.',
            'Petugas memverifikasi dan memvalidasi data pada SIAK Terpusat.',
            'KK dicetak pada kertas HVS A4 dengan tanda tangan elektronik (TTE) Kepala Dinas.',
            'KK diserahkan kepada pemohon atau dikirim dalam bentuk PDF ke email pemohon.',
          ),
          jangkaWaktu: '1 (satu) hari kerja sejak persyaratan dinyatakan lengkap.',
          biaya: ADMINDUK_GRATIS,
          produk: 'Kartu Keluarga (KK) ber-TTE dengan kode QR.',
        },
      },
      {
        name: 'Penerbitan Akta Kelahiran',
        description:
          'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi penduduk yang lahir di dalam maupun di luar wilayah Kabupaten Sukamaju.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${ADMINDUK} (Pasal 27 dan Pasal 32); ${PERPRES_96} (Pasal 33 dan 34); ${PERMENDAGRI_108}.`,
          persyaratan: [
            'Surat keterangan kelahiran dari rumah sakit, puskesmas, bidan, atau kepala desa/lurah; jika tidak ada, SPTJM kebenaran data kelahiran dengan 2 (dua) orang saksi.',
            'Buku nikah/kutipan akta perkawinan orang tua; jika tidak ada, SPTJM kebenaran sebagai pasangan suami istri.',
            'Kartu Keluarga (KK) tempat bayi akan didaftarkan.',
            'KTP-el orang tua.',
            'Formulir pelaporan pencatatan sipil (F-2.01).',
          ].join('\n'),
          prosedur: lines(
            'Orang tua atau kuasanya mengisi formulir F-2.01 dan menyerahkan persyaratan di loket, puskesmas/rumah sakit mitra, atau secara daring.',
            'Petugas memverifikasi berkas dan mencatat kelahiran pada register akta kelahiran di SIAK.',
            'Kutipan akta kelahiran dicetak dengan TTE Kepala Dinas.',
            'Akta kelahiran beserta KK yang telah diperbarui diserahkan kepada pemohon.',
          ),
          jangkaWaktu:
            '1 (satu) hari kerja sejak persyaratan lengkap. Kelahiran wajib dilaporkan paling lambat 60 hari sejak kelahiran.',
          biaya: ADMINDUK_GRATIS,
          produk: 'Kutipan Akta Kelahiran dan Kartu Keluarga yang telah diperbarui.',
        },
      },
      {
        name: 'Penerbitan Akta Kematian',
        description:
          'Pencatatan kematian dan penerbitan kutipan akta kematian, sekaligus pemutakhiran Kartu Keluarga ahli waris.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${ADMINDUK} (Pasal 44); ${PERPRES_96}; ${PERMENDAGRI_108}.`,
          persyaratan: [
            'Surat kematian dari dokter, rumah sakit, atau kepala desa/lurah; jika tidak ada, SPTJM kebenaran data kematian dengan 2 (dua) orang saksi.',
            'KK dan KTP-el almarhum/almarhumah.',
            'KTP-el pelapor.',
            'Formulir pelaporan pencatatan sipil (F-2.01).',
          ].join('\n'),
          prosedur: lines(
            'Keluarga atau pelapor menyerahkan persyaratan di loket, kantor desa, atau secara daring.',
            'Petugas memverifikasi berkas dan mencatat kematian pada SIAK.',
            'Kutipan akta kematian dan KK yang telah diperbarui dicetak dengan TTE.',
            'Dokumen diserahkan kepada pelapor.',
          ),
          jangkaWaktu:
            '1 (satu) hari kerja sejak persyaratan lengkap. Kematian wajib dilaporkan paling lambat 30 hari sejak tanggal kematian.',
          biaya: ADMINDUK_GRATIS,
          produk: 'Kutipan Akta Kematian dan Kartu Keluarga yang telah diperbarui.',
        },
      },
      {
        name: 'Pelayanan Pindah Datang Penduduk',
        description:
          'Penerbitan Surat Keterangan Pindah WNI (SKPWNI) bagi penduduk yang pindah ke luar daerah dan pendaftaran penduduk yang datang ke Kabupaten Sukamaju.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${ADMINDUK} (Pasal 15); ${PERPRES_96}; ${PERMENDAGRI_108}.`,
          persyaratan: [
            'Pindah keluar: Kartu Keluarga (KK); KTP-el; formulir F-1.03.',
            'Datang: Surat Keterangan Pindah WNI (SKPWNI) dari daerah asal; KTP-el; formulir F-1.03.',
            'Bagi yang pindah sebagian anggota keluarga: KK asal untuk pemutakhiran.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon menyerahkan persyaratan di loket atau mengajukan melalui layanan pindah datang daring.',
            'Petugas memverifikasi data dan menerbitkan SKPWNI (pindah) atau memproses kedatangan berdasarkan SKPWNI (datang).',
            'Bagi penduduk datang, KK dan KTP-el baru diterbitkan dengan alamat Kabupaten Sukamaju.',
            'Dokumen diserahkan kepada pemohon.',
          ),
          jangkaWaktu: '1 (satu) hari kerja sejak persyaratan lengkap.',
          biaya: ADMINDUK_GRATIS,
          produk: 'Surat Keterangan Pindah WNI (SKPWNI); bagi penduduk datang, KK dan KTP-el baru.',
        },
      },
      {
        name: 'Penerbitan Kartu Identitas Anak (KIA)',
        description:
          'Penerbitan Kartu Identitas Anak bagi anak berusia kurang dari 17 tahun dan belum kawin.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${ADMINDUK}; Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak.`,
          persyaratan: [
            'Anak usia 0–5 tahun: kutipan akta kelahiran; KK orang tua/wali; KTP-el kedua orang tua/wali.',
            'Anak usia 5–17 tahun: kutipan akta kelahiran; KK orang tua/wali; KTP-el kedua orang tua/wali; pas foto berwarna anak ukuran 2x3 sebanyak 2 lembar.',
          ].join('\n'),
          prosedur: lines(
            'Orang tua/wali menyerahkan persyaratan di loket, sekolah mitra, atau posyandu saat jemput bola.',
            'Petugas memverifikasi data anak pada SIAK.',
            'KIA dicetak dan diserahkan kepada orang tua/wali.',
          ),
          jangkaWaktu: '1 (satu) hari kerja sejak persyaratan lengkap.',
          biaya: ADMINDUK_GRATIS,
          produk: 'Kartu Identitas Anak (KIA).',
        },
      },
    ],
  },
  {
    key: 'dinkes',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    kind: 'dinas',
    headName: 'dr. Sari Wulandari, M.K.M.',
    address: 'Jl. Dr. Sutomo No. 8, Sukamaju 46113',
    phone: '(0265) 321305',
    email: 'dinkes@sukamaju.go.id',
    components: {
      sarana:
        'Ruang pelayanan perizinan dan rekomendasi kesehatan, ruang tunggu dengan 30 kursi, komputer dan akses aplikasi SATUSEHAT SDMK, kendaraan operasional untuk inspeksi kesehatan lingkungan, sanitarian kit, laboratorium kesehatan daerah (Labkesda), toilet ramah disabilitas.',
      kompetensi:
        'Petugas berlatar belakang pendidikan kesehatan (kesehatan masyarakat, kesehatan lingkungan, keperawatan, farmasi) minimal D-III, memahami regulasi perizinan tenaga dan fasilitas kesehatan, dan bagi sanitarian memiliki STR yang masih berlaku.',
      pengawasan:
        'Pengawasan melekat oleh Sekretaris Dinas dan para Kepala Bidang; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan(
        'Dinas Kesehatan',
        '(0265) 321305',
        '0812-2000-1305',
        'pengaduan.dinkes@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '12 orang: 3 petugas front office, 4 verifikator perizinan, 4 sanitarian, 1 petugas pengelola pengaduan.',
      jaminanPelayanan: jaminanPelayanan('Dinas Kesehatan'),
      jaminanKeamanan:
        'Data tenaga kesehatan dan pemohon dijaga kerahasiaannya sesuai UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi; dokumen diterbitkan dengan TTE; petugas inspeksi menggunakan alat pelindung diri.',
      evaluasi: evaluasi('Dinas Kesehatan'),
    },
    services: [
      {
        name: 'Penerbitan Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan',
        description:
          'Penerbitan SIP bagi dokter, dokter gigi, bidan, perawat, apoteker, dan tenaga kesehatan lain yang berpraktik di fasilitas pelayanan kesehatan di Kabupaten Sukamaju.',
        durationWorkingDays: 5,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${KESEHATAN}; ${YANLIK}; Peraturan Bupati Sukamaju Nomor 17 Tahun 2024 tentang Pelayanan Perizinan Bidang Kesehatan.`,
          persyaratan: [
            'Surat Tanda Registrasi (STR) yang masih berlaku.',
            'Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik.',
            'KTP-el.',
            'Pas foto berwarna ukuran 4x6 sebanyak 2 lembar.',
            'SIP lama bagi perpanjangan atau perubahan tempat praktik.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengajukan permohonan secara daring atau di loket dengan mengunggah persyaratan.',
            'Verifikator memeriksa kelengkapan dan keabsahan berkas, termasuk STR pada sistem informasi SDM Kesehatan.',
            'Bila diperlukan, dilakukan verifikasi ke tempat praktik.',
            'SIP ditandatangani secara elektronik dan diterbitkan.',
          ),
          jangkaWaktu: '5 (lima) hari kerja sejak berkas dinyatakan lengkap dan benar.',
          biaya: 'Tidak dipungut biaya.',
          produk:
            'Surat Izin Praktik (SIP) ber-TTE, berlaku selama STR berlaku dan tempat praktik tidak berubah.',
          jumlahPelaksana: '4 verifikator perizinan dan 1 petugas front office.',
        },
      },
      {
        name: 'Penerbitan Sertifikat Laik Higiene Sanitasi (SLHS)',
        description:
          'Penerbitan SLHS bagi depot air minum, jasa boga, rumah makan, dan tempat pengelolaan pangan lainnya setelah inspeksi kesehatan lingkungan dan uji laboratorium.',
        durationWorkingDays: 14,
        feeRupiah: 250000,
        standard: {
          dasarHukum:
            'PP Nomor 66 Tahun 2014 tentang Kesehatan Lingkungan; Peraturan Menteri Kesehatan Nomor 2 Tahun 2023 tentang Peraturan Pelaksanaan PP 66/2014; ' +
            `${PERDA_PDRD}.`,
          persyaratan: [
            'Surat permohonan dan fotokopi KTP-el pemilik/penanggung jawab usaha.',
            'Nomor Induk Berusaha (NIB).',
            'Denah lokasi dan denah bangunan tempat pengelolaan pangan.',
            'Sertifikat pelatihan keamanan pangan bagi penjamah pangan.',
            'Hasil pemeriksaan kesehatan penjamah pangan.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengajukan permohonan dan persyaratan.',
            'Sanitarian melakukan inspeksi kesehatan lingkungan (IKL) dan mengambil sampel air/pangan.',
            'Sampel diperiksa di Labkesda.',
            'Jika memenuhi syarat, SLHS diterbitkan; jika tidak, pemohon menerima rekomendasi perbaikan dan dapat mengajukan inspeksi ulang.',
          ),
          jangkaWaktu: '14 (empat belas) hari kerja sejak inspeksi kesehatan lingkungan dilaksanakan.',
          biaya: `Penerbitan sertifikat tidak dipungut biaya; retribusi pemeriksaan sampel di Labkesda Rp 250.000 per sampel sesuai ${PERDA_PDRD}.`,
          produk: 'Sertifikat Laik Higiene Sanitasi (SLHS), berlaku 3 tahun.',
        },
      },
    ],
  },
  {
    key: 'dpmptsp',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    kind: 'dinas',
    headName: 'Ir. Hendra Gunawan, M.T.',
    address: 'Mal Pelayanan Publik Sukamaju, Jl. Siliwangi No. 2, Sukamaju 46111',
    phone: '(0265) 321410',
    email: 'dpmptsp@sukamaju.go.id',
    components: {
      sarana:
        'Mal Pelayanan Publik dengan 12 loket, helpdesk OSS, ruang konsultasi, komputer swalayan untuk pendaftaran OSS dan SIMBG, mesin antrean, ruang tunggu ber-AC, ruang laktasi, area bermain anak, toilet dan akses kursi roda.',
      kompetensi:
        'Petugas minimal D-III, bersertifikat pelatihan Online Single Submission (OSS) Berbasis Risiko dari Kementerian Investasi/BKPM, memahami SIMBG, dan mampu memberikan konsultasi perizinan kepada pelaku usaha.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Bidang Pelayanan Perizinan; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju; pemantauan kepatuhan pelaksanaan perizinan melalui sistem OSS.',
      pengaduan: pengaduan('DPMPTSP', '(0265) 321410', '0812-2000-1410', 'pengaduan.dpmptsp@sukamaju.go.id'),
      jumlahPelaksana:
        '18 orang: 8 petugas front office, 4 petugas back office, 4 petugas helpdesk OSS dan SIMBG, 2 petugas pengelola pengaduan.',
      jaminanPelayanan: jaminanPelayanan('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
      jaminanKeamanan:
        'Dokumen perizinan diterbitkan secara elektronik dengan TTE dan dapat diverifikasi melalui kode QR; data pemohon dijaga kerahasiaannya; ruang pelayanan dilengkapi CCTV, APAR, dan jalur evakuasi.',
      evaluasi: evaluasi('DPMPTSP'),
    },
    services: [
      {
        name: 'Fasilitasi Penerbitan Nomor Induk Berusaha (NIB) melalui OSS',
        description:
          'Pendampingan pelaku usaha, terutama usaha mikro dan kecil, untuk memperoleh NIB dan perizinan berusaha risiko rendah melalui sistem OSS Berbasis Risiko.',
        durationWorkingDays: 0,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${CIPTAKER}; ${PP_OSS}; Peraturan Bupati Sukamaju Nomor 9 Tahun 2022 tentang Pendelegasian Kewenangan Perizinan kepada Kepala DPMPTSP.`,
          persyaratan: [
            'KTP-el dan NPWP/NIK pelaku usaha perorangan; akta pendirian dan SK pengesahan bagi badan usaha.',
            'Alamat email dan nomor telepon aktif.',
            'Data kegiatan usaha: KBLI, lokasi, modal, dan jumlah tenaga kerja.',
          ].join('\n'),
          prosedur: lines(
            'Pelaku usaha datang ke helpdesk OSS atau mengakses oss.go.id.',
            'Petugas membantu pembuatan akun dan pengisian data usaha.',
            'Sistem OSS menerbitkan NIB secara otomatis setelah data lengkap.',
            'Petugas menjelaskan kewajiban lanjutan sesuai tingkat risiko usaha.',
          ),
          jangkaWaktu:
            'Pada hari yang sama: NIB terbit seketika setelah data pada sistem OSS dinyatakan lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk:
            'Nomor Induk Berusaha (NIB) yang berlaku juga sebagai Angka Pengenal Impor, hak akses kepabeanan, dan pendaftaran kepesertaan jaminan sosial.',
        },
      },
      {
        name: 'Penerbitan Persetujuan Bangunan Gedung (PBG)',
        description:
          'Penerbitan persetujuan untuk membangun baru, mengubah, memperluas, mengurangi, dan/atau merawat bangunan gedung sesuai standar teknis, melalui SIMBG.',
        durationWorkingDays: 28,
        feeRupiah: null,
        standard: {
          dasarHukum: `UU Nomor 28 Tahun 2002 tentang Bangunan Gedung sebagaimana telah diubah dengan ${CIPTAKER}; ${PP_PBG}; ${PERDA_PDRD}.`,
          persyaratan: [
            'Data pemohon/pemilik bangunan (KTP-el atau akta badan usaha).',
            'Data tanah: sertifikat hak atas tanah atau bukti penguasaan tanah; perjanjian pemanfaatan tanah bila pemilik bangunan bukan pemilik tanah.',
            'Konfirmasi Kesesuaian Kegiatan Pemanfaatan Ruang (KKKPR/PKKPR).',
            'Dokumen rencana teknis: arsitektur, struktur, dan mekanikal-elektrikal-plambing sesuai kompleksitas bangunan.',
            'Persetujuan lingkungan bagi bangunan yang wajib AMDAL atau UKL-UPL.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mendaftar dan mengunggah dokumen melalui SIMBG (simbg.pu.go.id).',
            'Pemeriksaan kelengkapan dokumen oleh petugas.',
            'Konsultasi perencanaan dengan Tim Profesi Ahli (TPA) atau Tim Penilai Teknis (TPT).',
            'Penerbitan Surat Pernyataan Pemenuhan Standar Teknis dan penghitungan nilai retribusi.',
            'Pemohon membayar retribusi; PBG diterbitkan melalui SIMBG.',
          ),
          jangkaWaktu:
            'Paling lama 28 (dua puluh delapan) hari kerja sejak dokumen rencana teknis dinyatakan lengkap, tidak termasuk waktu perbaikan dokumen oleh pemohon.',
          biaya: `Retribusi PBG dihitung sesuai ${PERDA_PDRD}, dengan rumus luas total lantai × indeks lokalitas × Standar Harga Satuan Tertinggi (SHST) × indeks terintegrasi; besarnya tercantum dalam Surat Ketetapan Retribusi Daerah (SKRD).`,
          produk: 'Persetujuan Bangunan Gedung (PBG) beserta lampiran dokumen teknis yang disetujui.',
          kompetensi:
            'Petugas memahami standar teknis bangunan gedung dan SIMBG; TPA/TPT beranggotakan profesi ahli bersertifikat (arsitektur, struktur, MEP).',
        },
      },
      {
        name: 'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Non-Berusaha',
        description:
          'Penerbitan persetujuan kesesuaian rencana lokasi kegiatan non-berusaha (misalnya rumah ibadah, yayasan) dengan Rencana Tata Ruang Wilayah Kabupaten Sukamaju.',
        durationWorkingDays: 20,
        feeRupiah: 0,
        standard: {
          dasarHukum: `UU Nomor 26 Tahun 2007 tentang Penataan Ruang sebagaimana telah diubah dengan ${CIPTAKER}; PP Nomor 21 Tahun 2021 tentang Penyelenggaraan Penataan Ruang; Peraturan Daerah Kabupaten Sukamaju Nomor 4 Tahun 2023 tentang Rencana Tata Ruang Wilayah Tahun 2023–2043.`,
          persyaratan: [
            'Permohonan melalui sistem OSS atau loket.',
            'KTP-el pemohon atau akta pendirian badan hukum.',
            'Koordinat lokasi dan luas tanah yang dimohon.',
            'Bukti penguasaan tanah.',
            'Rencana teknis bangunan dan rencana pemanfaatan ruang.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengajukan permohonan dan persyaratan.',
            'Forum Penataan Ruang melakukan kajian dan peninjauan lapangan.',
            'Penilaian kesesuaian dengan RTRW.',
            'PKKPR diterbitkan atau permohonan ditolak disertai alasan.',
          ),
          jangkaWaktu: 'Paling lama 20 (dua puluh) hari kerja sejak berkas dinyatakan lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR).',
        },
      },
    ],
  },
  {
    key: 'disdik',
    name: 'Dinas Pendidikan',
    shortName: 'Disdik',
    kind: 'dinas',
    headName: 'Dr. H. Yusuf Mansur, M.Pd.',
    address: 'Jl. Pendidikan No. 17, Sukamaju 46114',
    phone: '(0265) 321520',
    email: 'disdik@sukamaju.go.id',
    components: {
      sarana:
        'Ruang pelayanan terpadu dengan 4 loket, ruang tunggu, komputer dengan akses Dapodik, arsip buku induk dan daftar nominasi kelulusan sekolah yang sudah tidak beroperasi, printer, mesin fotokopi, toilet ramah disabilitas.',
      kompetensi:
        'Petugas minimal D-III, memahami ketentuan ijazah dan mutasi peserta didik, mampu mengoperasikan Dapodik, serta berperilaku sopan dan ramah.',
      pengawasan:
        'Pengawasan melekat oleh Sekretaris Dinas dan Kepala Bidang Pembinaan SD/SMP; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan(
        'Dinas Pendidikan',
        '(0265) 321520',
        '0812-2000-1520',
        'pengaduan.disdik@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '8 orang: 4 petugas loket, 2 verifikator, 1 operator Dapodik, 1 petugas pengelola pengaduan.',
      jaminanPelayanan: jaminanPelayanan('Dinas Pendidikan'),
      jaminanKeamanan:
        'Arsip ijazah dan data peserta didik disimpan di ruang arsip terkunci; data pribadi dijaga kerahasiaannya sesuai UU Nomor 27 Tahun 2022; dokumen bertanda tangan dan berstempel resmi.',
      evaluasi: evaluasi('Dinas Pendidikan'),
    },
    services: [
      {
        name: 'Legalisir Fotokopi Ijazah SD/SMP',
        description:
          'Pengesahan fotokopi ijazah SD/SMP bagi lulusan sekolah yang sudah tidak beroperasi, digabung, atau kepala sekolahnya berhalangan tetap.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional; Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang Pengesahan Fotokopi Ijazah/STTB Pendidikan Dasar dan Menengah dan Penerbitan Surat Keterangan Pengganti Ijazah/STTB.',
          persyaratan: [
            'Ijazah asli.',
            'Fotokopi ijazah yang akan dilegalisir (paling banyak 10 lembar).',
            'Surat keterangan dari dinas bahwa sekolah sudah tidak beroperasi/digabung (diterbitkan oleh petugas saat pelayanan).',
          ].join('\n'),
          prosedur: lines(
            'Pemohon menyerahkan ijazah asli dan fotokopinya di loket.',
            'Petugas mencocokkan fotokopi dengan ijazah asli dan buku induk/daftar nominasi kelulusan.',
            'Kepala Dinas atau pejabat yang ditunjuk menandatangani pengesahan.',
            'Ijazah asli dan fotokopi yang dilegalisir dikembalikan kepada pemohon.',
          ),
          jangkaWaktu: '1 (satu) hari kerja.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Fotokopi ijazah yang telah disahkan (dilegalisir).',
        },
      },
      {
        name: 'Rekomendasi Mutasi (Pindah) Peserta Didik SD/SMP',
        description:
          'Penerbitan rekomendasi pindah sekolah bagi peserta didik SD/SMP antar kabupaten/kota atau dari/ke sekolah di Kabupaten Sukamaju.',
        durationWorkingDays: 2,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional; Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 3 Tahun 2025 tentang Sistem Penerimaan Murid Baru; Peraturan Bupati Sukamaju Nomor 6 Tahun 2025 tentang Petunjuk Teknis Mutasi Peserta Didik.',
          persyaratan: [
            'Surat permohonan pindah dari orang tua/wali.',
            'Surat keterangan pindah dari kepala sekolah asal.',
            'Surat keterangan dapat diterima dari kepala sekolah tujuan.',
            'Fotokopi rapor dan NISN peserta didik.',
            'Fotokopi Kartu Keluarga.',
          ].join('\n'),
          prosedur: lines(
            'Orang tua/wali menyerahkan persyaratan di loket.',
            'Petugas memverifikasi berkas dan data peserta didik pada Dapodik.',
            'Kepala Bidang menandatangani surat rekomendasi mutasi.',
            'Rekomendasi diserahkan kepada orang tua/wali; data Dapodik dimutasikan oleh sekolah.',
          ),
          jangkaWaktu: '2 (dua) hari kerja sejak berkas lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat Rekomendasi Mutasi Peserta Didik.',
        },
      },
      {
        name: 'Penerbitan Surat Keterangan Pengganti Ijazah SD/SMP',
        description:
          'Penerbitan surat keterangan yang berpenghargaan sama dengan ijazah bagi lulusan yang ijazahnya hilang atau rusak.',
        durationWorkingDays: 5,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional; Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang Pengesahan Fotokopi Ijazah/STTB Pendidikan Dasar dan Menengah dan Penerbitan Surat Keterangan Pengganti Ijazah/STTB.',
          persyaratan: [
            'Surat keterangan kehilangan dari kepolisian atau ijazah yang rusak.',
            'Fotokopi ijazah yang hilang (bila ada).',
            'Surat pernyataan bermeterai tentang kebenaran kehilangan/kerusakan.',
            'Surat keterangan dari sekolah asal yang menerangkan kelulusan.',
            'Pas foto hitam putih ukuran 3x4 sebanyak 3 lembar.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon menyerahkan persyaratan di loket.',
            'Petugas memverifikasi data kelulusan pada buku induk dan daftar nominasi kelulusan.',
            'Surat keterangan pengganti ijazah disusun dan ditandatangani Kepala Dinas.',
            'Surat keterangan diserahkan kepada pemohon.',
          ),
          jangkaWaktu: '5 (lima) hari kerja sejak berkas lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat Keterangan Pengganti Ijazah yang berpenghargaan sama dengan ijazah.',
        },
      },
    ],
  },
  {
    key: 'dinsos',
    name: 'Dinas Sosial',
    shortName: 'Dinsos',
    kind: 'dinas',
    headName: 'Hj. Ratna Komalasari, S.Sos., M.Si.',
    address: 'Jl. Pahlawan No. 23, Sukamaju 46115',
    phone: '(0265) 321630',
    email: 'dinsos@sukamaju.go.id',
    components: {
      sarana:
        'Ruang pelayanan Puskesos (Pusat Kesejahteraan Sosial) dengan 4 meja layanan, ruang tunggu, komputer dengan akses SIKS-NG, kendaraan operasional untuk verifikasi lapangan, ruang konseling, kursi roda dan jalur landai.',
      kompetensi:
        'Petugas minimal SMA/sederajat dan pekerja sosial/pendamping sosial bersertifikat, memahami pengelolaan data kesejahteraan sosial dan program bantuan sosial, serta mampu melayani kelompok rentan dengan empati.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Bidang Perlindungan dan Jaminan Sosial; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju; musyawarah desa/kelurahan untuk usulan data.',
      pengaduan: pengaduan(
        'Dinas Sosial',
        '(0265) 321630',
        '0812-2000-1630',
        'pengaduan.dinsos@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '10 orang: 3 petugas layanan, 2 operator SIKS-NG, 4 pendamping sosial, 1 petugas pengaduan.',
      jaminanPelayanan: jaminanPelayanan(
        'Dinas Sosial',
        'Tidak ada pungutan dalam bentuk apa pun untuk pendaftaran data dan bantuan sosial.',
      ),
      jaminanKeamanan:
        'Data keluarga miskin dan rentan dijaga kerahasiaannya dan hanya digunakan untuk penyaluran program; akses SIKS-NG dibatasi per petugas.',
      evaluasi: evaluasi('Dinas Sosial'),
    },
    services: [
      {
        name: 'Pendaftaran dan Pemutakhiran Data Kesejahteraan Sosial (DTKS/DTSEN)',
        description:
          'Pendaftaran keluarga miskin dan rentan ke dalam Data Terpadu Kesejahteraan Sosial/Data Tunggal Sosial dan Ekonomi Nasional sebagai dasar penerima bantuan sosial (PKH, BPNT, PBI-JK).',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin; Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial; Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional.',
          persyaratan: [
            'KTP-el dan Kartu Keluarga (KK) yang sudah padan dengan data Dukcapil.',
            'Surat keterangan dari desa/kelurahan hasil musyawarah desa/kelurahan (bila pendaftaran melalui desa).',
            'Foto rumah tampak depan (diambil petugas saat verifikasi).',
          ].join('\n'),
          prosedur: lines(
            'Warga mendaftar di desa/kelurahan, di Puskesos, atau melalui aplikasi Cek Bansos (usul mandiri).',
            'Petugas memeriksa kepadanan NIK dan mencatat usulan pada SIKS-NG.',
            'Pendamping sosial melakukan verifikasi dan validasi lapangan.',
            'Hasil verifikasi dikirim ke Kementerian Sosial untuk penetapan sesuai jadwal pemutakhiran.',
          ),
          jangkaWaktu:
            '1 (satu) hari kerja untuk pencatatan usulan; penetapan mengikuti jadwal pemutakhiran data Kementerian Sosial.',
          biaya: 'Tidak dipungut biaya.',
          produk:
            'Tanda terima usulan dan status kepesertaan DTKS/DTSEN yang dapat dicek di aplikasi Cek Bansos.',
        },
      },
      {
        name: 'Rekomendasi Pengaktifan Kembali Kepesertaan PBI Jaminan Kesehatan',
        description:
          'Penerbitan rekomendasi agar kepesertaan Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK) yang nonaktif dapat diaktifkan kembali, terutama bagi warga yang sedang membutuhkan perawatan.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'PP Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan sebagaimana telah diubah dengan PP Nomor 76 Tahun 2015; Peraturan Menteri Sosial Nomor 21 Tahun 2019 tentang Persyaratan dan Tata Cara Perubahan Data PBI Jaminan Kesehatan.',
          persyaratan: [
            'KTP-el dan Kartu Keluarga (KK).',
            'Kartu JKN-KIS yang nonaktif.',
            'Surat keterangan dari fasilitas kesehatan bahwa peserta sedang membutuhkan pelayanan kesehatan (bila ada).',
          ].join('\n'),
          prosedur: lines(
            'Pemohon menyerahkan persyaratan di Puskesos.',
            'Petugas memeriksa status kepesertaan pada SIKS-NG dan aplikasi BPJS Kesehatan.',
            'Rekomendasi ditandatangani Kepala Dinas dan disampaikan ke BPJS Kesehatan.',
          ),
          jangkaWaktu:
            '1 (satu) hari kerja sejak berkas lengkap; untuk kondisi darurat medis pada hari yang sama.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat rekomendasi pengaktifan kembali kepesertaan PBI-JK.',
        },
      },
      {
        name: 'Rekomendasi Bantuan Sosial bagi Korban Bencana',
        description:
          'Asesmen dan rekomendasi bantuan sosial (logistik, santunan, dan hunian sementara) bagi warga terdampak bencana alam dan bencana sosial.',
        durationWorkingDays: 3,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 24 Tahun 2007 tentang Penanggulangan Bencana; UU Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial; Peraturan Menteri Sosial Nomor 4 Tahun 2015 tentang Bantuan Langsung Berupa Uang Tunai bagi Korban Bencana.',
          persyaratan: [
            'Laporan kejadian dari desa/kelurahan atau kecamatan.',
            'KTP-el dan Kartu Keluarga (KK) korban.',
            'Dokumentasi kerusakan (diambil petugas saat asesmen).',
          ].join('\n'),
          prosedur: lines(
            'Desa/kelurahan atau warga melaporkan kejadian.',
            'Tim Tagana dan pendamping sosial melakukan asesmen di lokasi.',
            'Kepala Dinas menerbitkan rekomendasi jenis dan besaran bantuan.',
            'Bantuan disalurkan dan dicatat pada berita acara serah terima.',
          ),
          jangkaWaktu:
            '3 (tiga) hari kerja sejak laporan diterima; bantuan logistik darurat disalurkan paling lambat 1x24 jam.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat rekomendasi bantuan sosial dan berita acara penyaluran bantuan.',
        },
      },
    ],
  },
  {
    key: 'dpupr',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Dinas PUPR',
    kind: 'dinas',
    headName: 'Ir. Dadang Kurniawan, M.T.',
    address: 'Jl. Raya Timur No. 101, Sukamaju 46116',
    phone: '(0265) 321740',
    email: 'dpupr@sukamaju.go.id',
    components: {
      sarana:
        'Ruang pelayanan teknis, komputer dengan akses SIMBG, peralatan survei (GPS, meteran laser, kamera), kendaraan operasional, ruang rapat Tim Profesi Ahli, toilet dan akses kursi roda.',
      kompetensi:
        'Petugas berpendidikan teknik sipil/arsitektur minimal D-III, memiliki sertifikat kompetensi kerja konstruksi, memahami standar teknis bangunan gedung dan jalan, serta SIMBG.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Bidang Bina Konstruksi dan Kepala Bidang Bina Marga; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan('Dinas PUPR', '(0265) 321740', '0812-2000-1740', 'pengaduan.dpupr@sukamaju.go.id'),
      jumlahPelaksana:
        '9 orang: 2 petugas administrasi, 5 tenaga teknis/penilik bangunan, 2 petugas survei jalan.',
      jaminanPelayanan: jaminanPelayanan('Dinas Pekerjaan Umum dan Penataan Ruang'),
      jaminanKeamanan:
        'Petugas lapangan menggunakan alat pelindung diri dan tanda pengenal; dokumen teknis disimpan secara elektronik di SIMBG; dokumen diterbitkan dengan TTE.',
      evaluasi: evaluasi('Dinas Pekerjaan Umum dan Penataan Ruang'),
    },
    services: [
      {
        name: 'Penerbitan Sertifikat Laik Fungsi (SLF) Bangunan Gedung',
        description:
          'Penerbitan sertifikat yang menyatakan kelaikan fungsi bangunan gedung sebelum dimanfaatkan, berdasarkan pemeriksaan kelaikan fungsi.',
        durationWorkingDays: 7,
        feeRupiah: 0,
        standard: {
          dasarHukum: `UU Nomor 28 Tahun 2002 tentang Bangunan Gedung sebagaimana telah diubah dengan ${CIPTAKER}; ${PP_PBG}.`,
          persyaratan: [
            'Persetujuan Bangunan Gedung (PBG).',
            'Surat pernyataan kelaikan fungsi dari penyedia jasa pengawas/manajemen konstruksi atau pengkaji teknis.',
            'Gambar terbangun (as-built drawings).',
            'Laporan pemeriksaan kelaikan fungsi.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengajukan permohonan dan dokumen melalui SIMBG.',
            'Petugas memeriksa dokumen dan melakukan inspeksi lapangan.',
            'Penilaian kesesuaian bangunan terbangun dengan PBG.',
            'SLF dan nomor registrasi SLF diterbitkan melalui SIMBG.',
          ),
          jangkaWaktu: '7 (tujuh) hari kerja sejak dokumen dinyatakan lengkap dan inspeksi dilaksanakan.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Sertifikat Laik Fungsi (SLF), label SLF, dan nomor registrasi SLF.',
        },
      },
      {
        name: 'Izin Pemanfaatan Ruang Milik Jalan Kabupaten',
        description:
          'Izin penempatan utilitas (pipa air, kabel listrik/telekomunikasi), jalan masuk, atau bangunan pelengkap di ruang milik jalan kabupaten.',
        durationWorkingDays: 10,
        feeRupiah: null,
        standard: {
          dasarHukum: `UU Nomor 38 Tahun 2004 tentang Jalan sebagaimana telah diubah dengan UU Nomor 2 Tahun 2022; PP Nomor 34 Tahun 2006 tentang Jalan; Peraturan Menteri PU Nomor 20/PRT/M/2010 tentang Pedoman Pemanfaatan dan Penggunaan Bagian-bagian Jalan; ${PERDA_PDRD}.`,
          persyaratan: [
            'Surat permohonan dan KTP-el pemohon atau akta badan usaha.',
            'Gambar teknis dan rencana lokasi penempatan.',
            'Jadwal dan metode pelaksanaan pekerjaan.',
            'Surat pernyataan kesanggupan mengembalikan kondisi jalan seperti semula.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengajukan permohonan di loket DPMPTSP atau Dinas PUPR.',
            'Tim teknis melakukan survei lokasi.',
            'Penilaian teknis dan penghitungan retribusi.',
            'Pemohon membayar retribusi; izin diterbitkan.',
          ),
          jangkaWaktu: '10 (sepuluh) hari kerja sejak berkas lengkap.',
          biaya: `Retribusi pemakaian kekayaan daerah sesuai ${PERDA_PDRD} (Rp 15.000 per meter lari per tahun untuk utilitas di bawah tanah), dihitung per permohonan dan ditetapkan dalam SKRD.`,
          produk: 'Izin pemanfaatan ruang milik jalan kabupaten.',
        },
      },
    ],
  },
  {
    key: 'dishub',
    name: 'Dinas Perhubungan',
    shortName: 'Dishub',
    kind: 'dinas',
    headName: 'Drs. Wawan Setiawan, M.M.',
    address: 'Terminal Tipe B Sukamaju, Jl. Lingkar Selatan No. 5, Sukamaju 46117',
    phone: '(0265) 321850',
    email: 'dishub@sukamaju.go.id',
    components: {
      sarana:
        'Unit Pelaksana Uji Berkala Kendaraan Bermotor (UPUBKB) terakreditasi dengan 2 jalur uji (alat uji emisi, rem, lampu, kincup roda, speedometer, berat), ruang tunggu, loket, printer kartu BLUe, toilet.',
      kompetensi:
        'Penguji kendaraan bermotor bersertifikat kompetensi penguji dari Kementerian Perhubungan; petugas administrasi minimal SMA/sederajat; analis Andalalin bersertifikat.',
      pengawasan:
        'Pengawasan melekat oleh Kepala UPUBKB dan Kepala Bidang Lalu Lintas; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju; akreditasi UPUBKB oleh Ditjen Perhubungan Darat.',
      pengaduan: pengaduan(
        'Dinas Perhubungan',
        '(0265) 321850',
        '0812-2000-1850',
        'pengaduan.dishub@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '14 orang: 6 penguji kendaraan bermotor, 3 petugas administrasi, 3 petugas lalu lintas, 2 analis.',
      jaminanPelayanan: jaminanPelayanan(
        'Dinas Perhubungan',
        'Pengujian dilakukan tanpa calo; pembayaran retribusi hanya non-tunai melalui kanal resmi.',
      ),
      jaminanKeamanan:
        'Area uji dilengkapi rambu keselamatan, APAR, dan CCTV; penguji menggunakan alat pelindung diri; hasil uji tercatat elektronik dan dapat diverifikasi.',
      evaluasi: evaluasi('Dinas Perhubungan'),
    },
    services: [
      {
        name: 'Pengujian Berkala Kendaraan Bermotor (Uji KIR)',
        description:
          'Pengujian berkala mobil penumpang umum, mobil bus, mobil barang, kendaraan khusus, kereta gandengan dan tempelan setiap 6 bulan.',
        durationWorkingDays: 0,
        feeRupiah: 75000,
        standard: {
          dasarHukum: `UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan; PP Nomor 55 Tahun 2012 tentang Kendaraan; Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor; ${PERDA_PDRD}.`,
          persyaratan: [
            'STNK asli dan fotokopinya.',
            'Kartu uji/BLUe sebelumnya (untuk uji ulang).',
            'Fotokopi KTP-el pemilik atau surat kuasa bermeterai.',
            'Kendaraan dalam keadaan bersih dan laik jalan.',
            'Sertifikat registrasi uji tipe (SRUT) untuk uji pertama.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mendaftar secara daring atau di loket UPUBKB dan membayar retribusi non-tunai.',
            'Kendaraan diuji di jalur uji (emisi, rem, lampu, kincup roda, speedometer, dimensi).',
            'Penguji menetapkan hasil uji: lulus atau tidak lulus dengan catatan perbaikan.',
            'Bagi yang lulus, kartu BLUe dicetak dan tanda lulus uji dipasang.',
          ),
          jangkaWaktu: 'Pada hari yang sama (±60 menit per kendaraan).',
          biaya: `Retribusi pengujian kendaraan bermotor sesuai ${PERDA_PDRD}: mobil penumpang umum dan mobil barang JBB s.d. 3.500 kg Rp 75.000; JBB di atas 3.500 kg Rp 100.000; bus Rp 100.000; termasuk kartu uji BLUe dan tanda lulus uji.`,
          produk:
            'Bukti Lulus Uji elektronik (BLUe) berupa kartu dan stiker tanda lulus uji, berlaku 6 bulan.',
        },
      },
      {
        name: 'Persetujuan Analisis Dampak Lalu Lintas (Andalalin)',
        description:
          'Penilaian dan persetujuan dokumen analisis dampak lalu lintas bagi pembangunan pusat kegiatan, permukiman, dan infrastruktur yang menimbulkan gangguan lalu lintas.',
        durationWorkingDays: 10,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan; PP Nomor 30 Tahun 2021 tentang Penyelenggaraan Bidang Lalu Lintas dan Angkutan Jalan; Peraturan Menteri Perhubungan Nomor PM 17 Tahun 2021 tentang Penyelenggaraan Analisis Dampak Lalu Lintas.',
          persyaratan: [
            'Surat permohonan dari pengembang/pembangun.',
            'Dokumen hasil analisis dampak lalu lintas yang disusun oleh tenaga ahli bersertifikat, atau standar teknis untuk kategori bangkitan rendah.',
            'Rencana tapak (site plan) dan gambar akses keluar masuk.',
            'Bukti penguasaan lahan.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mengajukan dokumen melalui loket atau sistem daring.',
            'Tim evaluasi menilai dokumen dan meninjau lokasi.',
            'Rapat pembahasan bersama pemohon dan instansi terkait.',
            'Persetujuan Andalalin diterbitkan beserta kewajiban pengembang.',
          ),
          jangkaWaktu: '10 (sepuluh) hari kerja sejak dokumen dinyatakan lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat Persetujuan Hasil Analisis Dampak Lalu Lintas.',
        },
      },
    ],
  },
  {
    key: 'satpolpp',
    name: 'Satuan Polisi Pamong Praja',
    shortName: 'Satpol PP',
    kind: 'satpol-pp',
    headName: 'Drs. Iwan Ridwan, M.Si.',
    address: 'Jl. Veteran No. 12, Sukamaju 46111',
    phone: '(0265) 321960',
    email: 'satpolpp@sukamaju.go.id',
    components: {
      sarana:
        'Pos pengaduan 24 jam, radio komunikasi, kendaraan patroli roda empat dan roda dua, perlengkapan pengamanan, ruang piket, CCTV di titik rawan.',
      kompetensi:
        'Anggota Satpol PP telah mengikuti pendidikan dan pelatihan dasar Satpol PP, memahami peraturan daerah dan peraturan kepala daerah, serta menjunjung hak asasi manusia dalam penegakan perda.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Satuan dan Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan(
        'Satpol PP',
        '(0265) 321960',
        '0812-2000-1960',
        'pengaduan.satpolpp@sukamaju.go.id',
      ),
      jumlahPelaksana: '40 anggota dalam 4 regu piket, 2 petugas pengelola pengaduan.',
      jaminanPelayanan: jaminanPelayanan(
        'Satuan Polisi Pamong Praja',
        'Laporan warga ditanggapi 1x24 jam, termasuk hari libur melalui piket.',
      ),
      jaminanKeamanan:
        'Identitas pelapor dirahasiakan; penindakan dilakukan sesuai standar operasional prosedur dan tanpa kekerasan.',
      evaluasi: evaluasi('Satuan Polisi Pamong Praja'),
    },
    services: [
      {
        name: 'Penanganan Laporan Gangguan Ketenteraman dan Ketertiban Umum',
        description:
          'Penanganan laporan warga tentang gangguan trantibum: pedagang di fasilitas umum, bangunan liar, reklame tanpa izin, keramaian yang mengganggu, dan pelanggaran perda lainnya.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'PP Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja; Peraturan Menteri Dalam Negeri Nomor 26 Tahun 2020 tentang Penyelenggaraan Ketertiban Umum dan Ketenteraman serta Pelindungan Masyarakat; Peraturan Daerah Kabupaten Sukamaju Nomor 3 Tahun 2019 tentang Ketertiban Umum dan Ketenteraman Masyarakat.',
          persyaratan: [
            'Laporan memuat lokasi, waktu, dan uraian kejadian.',
            'Foto atau video pendukung (bila ada).',
            'Identitas pelapor (dapat dirahasiakan).',
          ].join('\n'),
          prosedur: lines(
            'Warga menyampaikan laporan melalui pos pengaduan, telepon, WhatsApp, atau Prima.',
            'Petugas piket mencatat dan memverifikasi laporan.',
            'Regu piket meninjau lokasi dan melakukan tindakan persuasif atau penertiban sesuai SOP.',
            'Hasil tindak lanjut disampaikan kepada pelapor.',
          ),
          jangkaWaktu:
            '1 (satu) hari kerja: tindak lanjut lapangan paling lambat 1x24 jam sejak laporan diverifikasi.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Tindak lanjut penertiban dan laporan hasil penanganan kepada pelapor.',
        },
      },
      {
        name: 'Permohonan Bantuan Pengamanan Kegiatan',
        description:
          'Bantuan personel Satpol PP untuk pengamanan dan pengaturan kegiatan pemerintah daerah dan kegiatan masyarakat berskala besar.',
        durationWorkingDays: 3,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'PP Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja; Peraturan Menteri Dalam Negeri Nomor 26 Tahun 2020 tentang Penyelenggaraan Ketertiban Umum dan Ketenteraman serta Pelindungan Masyarakat.',
          persyaratan: [
            'Surat permohonan dari penyelenggara kegiatan paling lambat 7 hari sebelum kegiatan.',
            'Jadwal, lokasi, dan perkiraan jumlah peserta kegiatan.',
            'Surat pemberitahuan/izin keramaian dari kepolisian untuk kegiatan masyarakat.',
          ].join('\n'),
          prosedur: lines(
            'Penyelenggara menyampaikan surat permohonan.',
            'Kepala Bidang menilai kebutuhan personel dan berkoordinasi dengan kepolisian.',
            'Surat perintah tugas diterbitkan.',
            'Personel melaksanakan pengamanan pada hari kegiatan.',
          ),
          jangkaWaktu:
            '3 (tiga) hari kerja sejak surat permohonan diterima sampai terbit surat perintah tugas.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat perintah tugas dan pengamanan kegiatan.',
        },
      },
    ],
  },
  {
    key: 'rsud',
    name: 'Rumah Sakit Umum Daerah Sukamaju',
    shortName: 'RSUD Sukamaju',
    kind: 'rsud',
    headName: 'dr. Andi Pratama, Sp.PD., M.A.R.S.',
    address: 'Jl. Rumah Sakit No. 1, Sukamaju 46118',
    phone: '(0265) 322070',
    email: 'rsud@sukamaju.go.id',
    components: {
      sarana:
        'Rumah sakit kelas C dengan 12 poliklinik spesialis, instalasi gawat darurat 24 jam, 180 tempat tidur, laboratorium, radiologi, farmasi, anjungan pendaftaran mandiri, aplikasi antrean daring, kursi roda, brankar, jalur landai, ruang laktasi.',
      kompetensi:
        'Dokter dan dokter spesialis dengan STR dan SIP yang masih berlaku; perawat dan bidan bersertifikat BTCLS/PPGD; petugas pendaftaran terlatih pelayanan prima dan sistem informasi manajemen rumah sakit.',
      pengawasan:
        'Pengawasan melekat oleh Direktur dan Kepala Bidang Pelayanan Medik; Dewan Pengawas BLUD; Satuan Pemeriksaan Internal (SPI); akreditasi rumah sakit oleh lembaga independen.',
      pengaduan: pengaduan(
        'RSUD Sukamaju',
        '(0265) 322070',
        '0812-2000-2070',
        'pengaduan.rsud@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '412 orang, di antaranya 38 dokter spesialis, 21 dokter umum, 210 perawat dan bidan, 16 petugas pendaftaran dan rekam medis.',
      jaminanPelayanan: jaminanPelayanan(
        'RSUD Sukamaju',
        'Pasien gawat darurat ditangani tanpa uang muka; pasien JKN dilayani tanpa biaya tambahan di luar ketentuan.',
      ),
      jaminanKeamanan:
        'Keselamatan pasien sesuai sasaran keselamatan pasien (identifikasi, komunikasi efektif, keamanan obat, tepat lokasi dan prosedur, pencegahan infeksi dan risiko jatuh); rahasia medis dijaga sesuai UU 17/2023; CCTV dan satpam 24 jam.',
      evaluasi: evaluasi(
        'RSUD Sukamaju',
        'Indikator mutu nasional rumah sakit (waktu tunggu rawat jalan, kepuasan pasien, kepatuhan identifikasi pasien) dilaporkan setiap bulan.',
      ),
    },
    services: [
      {
        name: 'Pelayanan Rawat Jalan Poliklinik Spesialis',
        description:
          'Pemeriksaan dan pengobatan pasien rawat jalan oleh dokter spesialis (penyakit dalam, anak, kebidanan dan kandungan, bedah, saraf, mata, THT, kulit dan kelamin, jiwa, gigi, rehabilitasi medik, jantung).',
        durationWorkingDays: 0,
        feeRupiah: 50000,
        standard: {
          dasarHukum: `${KESEHATAN}; Peraturan Menteri Kesehatan Nomor 3 Tahun 2023 tentang Standar Tarif Pelayanan Kesehatan dalam Penyelenggaraan Program Jaminan Kesehatan; Keputusan Menteri Kesehatan Nomor 129/Menkes/SK/II/2008 tentang Standar Pelayanan Minimal Rumah Sakit; Peraturan Bupati Sukamaju Nomor 12 Tahun 2024 tentang Tarif Layanan BLUD RSUD Sukamaju.`,
          persyaratan: [
            'Pasien JKN: KTP-el atau kartu JKN aktif; surat rujukan dari FKTP (puskesmas/klinik) yang masih berlaku, kecuali kontrol ulang dengan surat kontrol.',
            'Pasien umum: KTP-el atau kartu identitas lain.',
            'Kartu berobat RSUD bagi pasien lama.',
          ].join('\n'),
          prosedur: lines(
            'Pasien mendaftar melalui aplikasi antrean daring, anjungan mandiri, atau loket pendaftaran.',
            'Pasien menunggu panggilan di poliklinik tujuan; perawat melakukan pemeriksaan awal.',
            'Dokter spesialis melakukan pemeriksaan, pengobatan, dan bila perlu pemeriksaan penunjang.',
            'Pasien mengambil obat di instalasi farmasi; pasien umum membayar di kasir.',
          ),
          jangkaWaktu:
            'Pada hari yang sama; waktu tunggu pelayanan rawat jalan paling lama 60 menit sejak pendaftaran (SPM Rumah Sakit).',
          biaya:
            'Peserta JKN: sesuai ketentuan BPJS Kesehatan, tanpa biaya tambahan. Pasien umum: Rp 50.000 (pendaftaran dan konsultasi dokter spesialis) sesuai Peraturan Bupati Sukamaju Nomor 12 Tahun 2024; tindakan, obat, dan pemeriksaan penunjang sesuai tarif.',
          produk:
            'Pelayanan pemeriksaan dan pengobatan, resep obat, surat kontrol atau rujukan balik, dan rekam medis.',
        },
      },
      {
        name: 'Pelayanan Instalasi Gawat Darurat (IGD) 24 Jam',
        description:
          'Penanganan kegawatdaruratan medis, trauma, dan persalinan darurat selama 24 jam setiap hari, termasuk hari libur.',
        durationWorkingDays: 0,
        feeRupiah: 75000,
        standard: {
          dasarHukum: `${KESEHATAN} (larangan meminta uang muka bagi pasien gawat darurat); Peraturan Menteri Kesehatan Nomor 47 Tahun 2018 tentang Pelayanan Kegawatdaruratan; Peraturan Bupati Sukamaju Nomor 12 Tahun 2024 tentang Tarif Layanan BLUD RSUD Sukamaju.`,
          persyaratan: [
            'Pasien dalam kondisi gawat darurat langsung dilayani tanpa persyaratan administrasi terlebih dahulu.',
            'Identitas pasien (KTP-el/kartu JKN) dilengkapi oleh keluarga paling lambat 3x24 jam.',
          ].join('\n'),
          prosedur: lines(
            'Pasien tiba dan langsung dilakukan triase oleh petugas IGD.',
            'Penanganan sesuai tingkat kegawatan.',
            'Keluarga melengkapi administrasi pendaftaran.',
            'Pasien dipulangkan, dirawat inap, atau dirujuk sesuai kondisi.',
          ),
          jangkaWaktu:
            'Pada hari yang sama: pasien gawat darurat ditangani paling lama 5 menit setelah tiba (SPM Rumah Sakit).',
          biaya:
            'Peserta JKN: tidak dipungut biaya sesuai ketentuan BPJS Kesehatan. Pasien umum: Rp 75.000 (pemeriksaan dokter IGD) sesuai Peraturan Bupati Sukamaju Nomor 12 Tahun 2024, ditambah tindakan dan obat sesuai tarif. Tidak ada permintaan uang muka dalam keadaan gawat darurat.',
          produk: 'Penanganan kegawatdaruratan, surat keterangan rawat/rujukan, dan rekam medis.',
        },
      },
      {
        name: 'Penerbitan Surat Keterangan Sehat',
        description:
          'Pemeriksaan kesehatan umum dan penerbitan surat keterangan sehat untuk keperluan melamar pekerjaan, pendidikan, atau persyaratan administrasi lain.',
        durationWorkingDays: 0,
        feeRupiah: 40000,
        standard: {
          dasarHukum: `${KESEHATAN}; Peraturan Bupati Sukamaju Nomor 12 Tahun 2024 tentang Tarif Layanan BLUD RSUD Sukamaju.`,
          persyaratan: [
            'KTP-el.',
            'Pas foto ukuran 3x4 sebanyak 2 lembar.',
            'Surat pengantar dari instansi (bila ada).',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mendaftar di loket pendaftaran dan membayar di kasir.',
            'Pemeriksaan fisik umum, tekanan darah, tinggi dan berat badan, serta tes buta warna.',
            'Dokter menerbitkan surat keterangan sehat.',
          ),
          jangkaWaktu: 'Pada hari yang sama (±45 menit).',
          biaya:
            'Rp 40.000 sesuai Peraturan Bupati Sukamaju Nomor 12 Tahun 2024; pemeriksaan laboratorium tambahan sesuai tarif.',
          produk: 'Surat Keterangan Sehat.',
        },
      },
    ],
  },
  {
    key: 'kec-sukamaju',
    name: 'Kecamatan Sukamaju Kota',
    shortName: 'Kec. Sukamaju Kota',
    kind: 'kecamatan',
    headName: 'Dedi Supriadi, S.STP., M.Si.',
    address: 'Jl. Alun-Alun Utara No. 3, Sukamaju 46111',
    phone: '(0265) 322180',
    email: 'kec.sukamajukota@sukamaju.go.id',
    components: {
      sarana:
        'Ruang Pelayanan Administrasi Terpadu Kecamatan (PATEN) dengan 3 loket, ruang tunggu, komputer dan printer, papan informasi standar pelayanan, toilet, jalur landai.',
      kompetensi:
        'Petugas PATEN minimal SMA/sederajat, memahami kewenangan yang dilimpahkan Bupati kepada Camat, serta melayani dengan sopan dan ramah.',
      pengawasan:
        'Pengawasan melekat oleh Camat dan Sekretaris Kecamatan; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan(
        'Kecamatan Sukamaju Kota',
        '(0265) 322180',
        '0812-2000-2180',
        'kec.sukamajukota@sukamaju.go.id',
      ),
      jumlahPelaksana: '5 orang: 3 petugas loket PATEN, 1 verifikator, 1 petugas pengelola pengaduan.',
      jaminanPelayanan: jaminanPelayanan('Kecamatan Sukamaju Kota'),
      jaminanKeamanan:
        'Berkas pemohon disimpan di lemari arsip terkunci; data pribadi dijaga kerahasiaannya; dokumen ditandatangani dan dicap resmi.',
      evaluasi: evaluasi('Kecamatan Sukamaju Kota'),
    },
    services: [
      {
        name: 'Penguatan Surat Keterangan Ahli Waris',
        description:
          'Penguatan (pengetahuan) Camat atas surat keterangan ahli waris yang dibuat para ahli waris dan disaksikan serta dikuatkan kepala desa/lurah, untuk keperluan balik nama tanah, pencairan tabungan, atau pensiun.',
        durationWorkingDays: 3,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'PP Nomor 17 Tahun 2018 tentang Kecamatan; Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi Terpadu Kecamatan; Peraturan Menteri Negara Agraria/Kepala BPN Nomor 3 Tahun 1997 Pasal 111; Peraturan Bupati Sukamaju Nomor 21 Tahun 2023 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat.',
          persyaratan: [
            'Surat keterangan ahli waris yang ditandatangani para ahli waris dan 2 (dua) orang saksi, dikuatkan kepala desa/lurah.',
            'Akta kematian pewaris.',
            'KTP-el dan KK seluruh ahli waris.',
            'Buku nikah pewaris dan akta kelahiran para ahli waris.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon menyerahkan berkas di loket PATEN.',
            'Verifikator memeriksa kelengkapan dan kesesuaian data ahli waris.',
            'Camat menandatangani penguatan surat keterangan ahli waris.',
            'Dokumen diserahkan kepada pemohon dan dicatat dalam register kecamatan.',
          ),
          jangkaWaktu: '3 (tiga) hari kerja sejak berkas lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat Keterangan Ahli Waris yang telah dikuatkan Camat.',
        },
      },
      {
        name: 'Rekomendasi Izin Keramaian',
        description:
          'Penerbitan rekomendasi Camat sebagai syarat permohonan izin keramaian kepada kepolisian untuk hajatan, pertunjukan, atau kegiatan masyarakat.',
        durationWorkingDays: 1,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'PP Nomor 17 Tahun 2018 tentang Kecamatan; Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi Terpadu Kecamatan; Peraturan Bupati Sukamaju Nomor 21 Tahun 2023 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat.',
          persyaratan: [
            'Surat permohonan dari penyelenggara.',
            'Surat pengantar dari desa/kelurahan.',
            'KTP-el penanggung jawab kegiatan.',
            'Jadwal, lokasi, dan jenis hiburan yang akan diselenggarakan.',
          ].join('\n'),
          prosedur: lines(
            'Penyelenggara menyerahkan berkas di loket PATEN.',
            'Petugas memverifikasi berkas dan berkoordinasi dengan Kapolsek dan Danramil bila diperlukan.',
            'Camat menandatangani rekomendasi.',
            'Rekomendasi diserahkan kepada pemohon untuk diajukan ke kepolisian.',
          ),
          jangkaWaktu: '1 (satu) hari kerja sejak berkas lengkap.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Surat Rekomendasi Izin Keramaian.',
        },
      },
    ],
  },
  {
    key: 'pkm-sukamaju',
    name: 'UPTD Puskesmas Sukamaju',
    shortName: 'Puskesmas Sukamaju',
    kind: 'puskesmas',
    headName: 'drg. Lina Marlina, M.K.M.',
    address: 'Jl. Kesehatan No. 9, Sukamaju 46111',
    phone: '(0265) 322290',
    email: 'pkm.sukamaju@sukamaju.go.id',
    components: {
      sarana:
        'Ruang pendaftaran dengan antrean elektronik, ruang pemeriksaan umum, ruang KIA/KB, ruang imunisasi dengan lemari es vaksin dan vaccine carrier, ruang tindakan, laboratorium sederhana, apotek, ambulans, ruang laktasi, toilet ramah disabilitas.',
      kompetensi:
        'Dokter, dokter gigi, perawat, bidan, dan tenaga kefarmasian dengan STR dan SIP yang masih berlaku; petugas imunisasi terlatih pengelolaan rantai dingin vaksin.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Puskesmas; pembinaan teknis oleh Dinas Kesehatan; akreditasi puskesmas oleh lembaga independen; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan(
        'UPTD Puskesmas Sukamaju',
        '(0265) 322290',
        '0812-2000-2290',
        'pkm.sukamaju@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '46 orang: 4 dokter, 2 dokter gigi, 14 perawat, 12 bidan, 3 tenaga kefarmasian, 11 tenaga lain.',
      jaminanPelayanan: jaminanPelayanan('UPTD Puskesmas Sukamaju'),
      jaminanKeamanan:
        'Keselamatan pasien sesuai standar akreditasi puskesmas; vaksin disimpan pada suhu 2–8 °C dengan pemantauan suhu harian; rahasia medis dijaga.',
      evaluasi: evaluasi('UPTD Puskesmas Sukamaju'),
    },
    services: [
      {
        name: 'Pelayanan Imunisasi Rutin',
        description:
          'Pemberian imunisasi dasar lengkap bagi bayi, imunisasi lanjutan bagi baduta, dan imunisasi Td bagi wanita usia subur, di puskesmas dan posyandu.',
        durationWorkingDays: 0,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${KESEHATAN}; Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi; Peraturan Menteri Kesehatan Nomor 19 Tahun 2024 tentang Penyelenggaraan Pusat Kesehatan Masyarakat.`,
          persyaratan: [
            'Buku Kesehatan Ibu dan Anak (KIA) atau kartu imunisasi.',
            'Anak dalam kondisi sehat (diperiksa petugas).',
          ].join('\n'),
          prosedur: lines(
            'Orang tua mendaftar di loket atau posyandu.',
            'Petugas melakukan skrining kesehatan anak.',
            'Imunisasi diberikan sesuai jadwal dan dicatat di buku KIA dan aplikasi ASIK.',
            'Orang tua menerima penjelasan tentang kejadian ikutan pasca-imunisasi (KIPI) dan menunggu 30 menit.',
          ),
          jangkaWaktu: 'Pada hari yang sama (±30 menit termasuk observasi pasca-imunisasi).',
          biaya: 'Tidak dipungut biaya (imunisasi program pemerintah).',
          produk: 'Imunisasi dan catatan imunisasi pada buku KIA.',
        },
      },
      {
        name: 'Pelayanan Rawat Jalan Pemeriksaan Umum',
        description: 'Pemeriksaan, pengobatan, dan konsultasi kesehatan umum bagi pasien rawat jalan.',
        durationWorkingDays: 0,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${KESEHATAN}; Peraturan Menteri Kesehatan Nomor 19 Tahun 2024 tentang Penyelenggaraan Pusat Kesehatan Masyarakat; ${PERDA_PDRD}.`,
          persyaratan: ['KTP-el atau kartu JKN aktif.', 'Kartu berobat puskesmas bagi pasien lama.'].join(
            '\n',
          ),
          prosedur: lines(
            'Pasien mengambil nomor antrean dan mendaftar di loket.',
            'Pemeriksaan awal (tanda vital) oleh perawat.',
            'Pemeriksaan dan pengobatan oleh dokter.',
            'Pasien mengambil obat di apotek puskesmas.',
          ),
          jangkaWaktu: 'Pada hari yang sama; waktu tunggu paling lama 60 menit sejak pendaftaran.',
          biaya: `Tidak dipungut biaya bagi peserta JKN dan penduduk ber-KTP-el Kabupaten Sukamaju (program UHC); pasien umum dari luar daerah dikenai retribusi Rp 15.000 per kunjungan sesuai ${PERDA_PDRD}.`,
          produk: 'Pelayanan pemeriksaan dan pengobatan, resep obat, dan rekam medis.',
        },
      },
      {
        name: 'Penerbitan Surat Rujukan ke Rumah Sakit',
        description:
          'Rujukan pasien dari puskesmas sebagai fasilitas kesehatan tingkat pertama ke rumah sakit (FKRTL) sesuai indikasi medis.',
        durationWorkingDays: 0,
        feeRupiah: 0,
        standard: {
          dasarHukum: `${KESEHATAN}; Peraturan Menteri Kesehatan Nomor 001 Tahun 2012 tentang Sistem Rujukan Pelayanan Kesehatan Perorangan; Peraturan BPJS Kesehatan tentang penjaminan pelayanan rujukan.`,
          persyaratan: [
            'KTP-el atau kartu JKN aktif.',
            'Pasien telah diperiksa dokter puskesmas dan terdapat indikasi medis untuk dirujuk.',
          ].join('\n'),
          prosedur: lines(
            'Dokter memeriksa pasien dan menetapkan indikasi rujukan.',
            'Petugas membuat rujukan elektronik melalui aplikasi P-Care dan SISRUTE sesuai rumah sakit dan poli tujuan.',
            'Surat rujukan diserahkan kepada pasien; untuk pasien gawat darurat, puskesmas mengantar dengan ambulans.',
          ),
          jangkaWaktu: 'Pada hari yang sama setelah pemeriksaan dokter.',
          biaya: 'Tidak dipungut biaya.',
          produk:
            'Surat rujukan (elektronik) ke fasilitas kesehatan rujukan tingkat lanjutan, berlaku 90 hari.',
        },
      },
    ],
  },
  {
    key: 'dlh',
    name: 'Dinas Lingkungan Hidup',
    shortName: 'DLH',
    kind: 'dinas',
    headName: 'Ir. Slamet Riyadi, M.Env.',
    address: 'Jl. Raya Barat No. 77, Sukamaju 46119',
    phone: '(0265) 322310',
    email: 'dlh@sukamaju.go.id',
    components: {
      sarana:
        '18 truk sampah (dump truck dan arm roll), 40 kontainer, TPS 3R, TPA Sukamaju dengan sistem controlled landfill, peralatan uji kualitas lingkungan, ruang pelayanan dokumen lingkungan, ruang tunggu, toilet.',
      kompetensi:
        'Petugas minimal SMA/sederajat; penilai dokumen lingkungan berpendidikan teknik lingkungan dan bersertifikat penyusun/penilai AMDAL; pengawas lingkungan hidup daerah (PPLHD) bersertifikat.',
      pengawasan:
        'Pengawasan melekat oleh Kepala Bidang Pengelolaan Sampah dan Kepala Bidang Penaatan Lingkungan; pengawasan fungsional oleh Inspektorat Kabupaten Sukamaju.',
      pengaduan: pengaduan(
        'Dinas Lingkungan Hidup',
        '(0265) 322310',
        '0812-2000-2310',
        'pengaduan.dlh@sukamaju.go.id',
      ),
      jumlahPelaksana:
        '96 orang: 72 petugas pengangkutan dan penyapuan, 6 pengawas lapangan, 4 penilai dokumen lingkungan, 4 PPLHD, 10 petugas administrasi.',
      jaminanPelayanan: jaminanPelayanan('Dinas Lingkungan Hidup'),
      jaminanKeamanan:
        'Petugas lapangan dilengkapi alat pelindung diri dan asuransi BPJS Ketenagakerjaan; kendaraan diperiksa berkala; identitas pelapor pencemaran dirahasiakan.',
      evaluasi: evaluasi('Dinas Lingkungan Hidup'),
    },
    services: [
      {
        name: 'Pendaftaran Layanan Pengangkutan Sampah',
        description:
          'Pendaftaran rumah tangga, usaha, dan kawasan sebagai pelanggan layanan pengangkutan sampah terjadwal dari sumber ke TPA.',
        durationWorkingDays: 3,
        feeRupiah: 10000,
        standard: {
          dasarHukum: `UU Nomor 18 Tahun 2008 tentang Pengelolaan Sampah; PP Nomor 81 Tahun 2012 tentang Pengelolaan Sampah Rumah Tangga dan Sampah Sejenis Sampah Rumah Tangga; ${PERDA_PDRD}.`,
          persyaratan: [
            'Formulir pendaftaran pelanggan.',
            'KTP-el pemohon; NIB bagi pelaku usaha.',
            'Alamat dan titik lokasi pengambilan sampah.',
          ].join('\n'),
          prosedur: lines(
            'Pemohon mendaftar di loket, melalui WhatsApp, atau melalui kelurahan.',
            'Petugas melakukan survei lokasi dan menetapkan jadwal serta rute pengangkutan.',
            'Pemohon menerima kartu pelanggan dan nomor pembayaran retribusi.',
            'Pengangkutan dimulai sesuai jadwal (2 kali seminggu untuk rumah tangga).',
          ),
          jangkaWaktu: '3 (tiga) hari kerja sejak pendaftaran sampai pengangkutan pertama.',
          biaya: `Retribusi pelayanan persampahan sesuai ${PERDA_PDRD}: rumah tangga Rp 10.000 per bulan; toko/warung Rp 25.000 per bulan; rumah makan dan hotel Rp 50.000 per bulan.`,
          produk: 'Kartu pelanggan dan layanan pengangkutan sampah terjadwal.',
          jumlahPelaksana: '72 petugas pengangkutan dalam 18 regu dan 2 petugas administrasi pelanggan.',
        },
      },
      {
        name: 'Pemeriksaan Formulir UKL-UPL dan Penerbitan PKPLH',
        description:
          'Pemeriksaan formulir Upaya Pengelolaan Lingkungan Hidup dan Upaya Pemantauan Lingkungan Hidup (UKL-UPL) serta penerbitan Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH).',
        durationWorkingDays: 10,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup sebagaimana telah diubah dengan UU Nomor 6 Tahun 2023; PP Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup; Peraturan Menteri LHK Nomor 4 Tahun 2021 tentang Daftar Usaha dan/atau Kegiatan yang Wajib Memiliki AMDAL, UKL-UPL, atau SPPL.',
          persyaratan: [
            'Formulir UKL-UPL standar yang telah diisi melalui sistem Amdalnet.',
            'Nomor Induk Berusaha (NIB).',
            'PKKPR atau KKKPR.',
            'Peta lokasi dan tata letak kegiatan.',
          ].join('\n'),
          prosedur: lines(
            'Pemrakarsa mengajukan formulir UKL-UPL melalui Amdalnet.',
            'Pemeriksaan administrasi oleh petugas.',
            'Pemeriksaan substansi dan peninjauan lapangan oleh tim penilai.',
            'PKPLH diterbitkan melalui Amdalnet atau pemrakarsa menerima catatan perbaikan.',
          ),
          jangkaWaktu: '10 (sepuluh) hari kerja sejak formulir dinyatakan lengkap secara administrasi.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH).',
        },
      },
      {
        name: 'Penanganan Pengaduan Dugaan Pencemaran Lingkungan',
        description:
          'Penerimaan, verifikasi, dan penanganan pengaduan masyarakat atas dugaan pencemaran dan/atau perusakan lingkungan hidup (limbah, bau, kebisingan, pembakaran sampah).',
        durationWorkingDays: 5,
        feeRupiah: 0,
        standard: {
          dasarHukum:
            'UU Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup; Peraturan Menteri LHK Nomor P.22/MENLHK/SETJEN/SET.1/3/2017 tentang Tata Cara Pengelolaan Pengaduan Dugaan Pencemaran dan/atau Perusakan Lingkungan Hidup dan/atau Perusakan Hutan.',
          persyaratan: [
            'Identitas pengadu (dapat dirahasiakan).',
            'Lokasi dan uraian dugaan pencemaran/perusakan.',
            'Foto, video, atau bukti pendukung lain (bila ada).',
          ].join('\n'),
          prosedur: lines(
            'Pengaduan diterima melalui loket, telepon, WhatsApp, SP4N-LAPOR!, atau Prima.',
            'Petugas menelaah pengaduan dan meneruskannya ke PPLHD.',
            'PPLHD melakukan verifikasi lapangan dan, bila perlu, pengambilan sampel.',
            'Hasil verifikasi dan rekomendasi tindak lanjut disampaikan kepada pengadu dan penanggung jawab kegiatan.',
          ),
          jangkaWaktu:
            '5 (lima) hari kerja sejak pengaduan diterima sampai verifikasi lapangan; penegakan hukum lanjutan mengikuti ketentuan peraturan perundang-undangan.',
          biaya: 'Tidak dipungut biaya.',
          produk: 'Berita acara verifikasi pengaduan dan surat tanggapan kepada pengadu.',
        },
      },
    ],
  },
];
