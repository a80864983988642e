import type { ComplaintType } from '@prima/domain';

/**
 * What the demo Pemda's citizens and officials did over the last months: complaint categories and texts, the
 * liaison officers who answer them, SKM profiles per unit, PDCA cycles and self-assessments. Only data lives here;
 * seed-activity.ts plays it through the API. `{desa}`, `{jalan}`, `{rt}`, `{rw}` and `{n}` are filled in per
 * complaint so that no two read alike.
 */

/** Officials who answer complaints and take part in improvement, beside the demo logins (no known password). */
export const ACTIVITY_STAFF: readonly { email: string; name: string; unit: string }[] = [
  { email: 'rina.marlina@sukamaju.go.id', name: 'Rina Marlina, S.E.', unit: 'disdukcapil' },
  { email: 'dedi.kurniawan@sukamaju.go.id', name: 'Dedi Kurniawan, S.Kom.', unit: 'disdukcapil' },
  { email: 'pengaduan.dpmptsp@sukamaju.go.id', name: 'Yusuf Maulana, S.H.', unit: 'dpmptsp' },
  { email: 'pengaduan.disdik@sukamaju.go.id', name: 'Lilis Suryani, S.Pd.', unit: 'disdik' },
  { email: 'pengaduan.dinsos@sukamaju.go.id', name: 'Eko Prasetyo, S.Sos.', unit: 'dinsos' },
  { email: 'pengaduan.dpupr@sukamaju.go.id', name: 'Hendra Gunawan, S.T.', unit: 'dpupr' },
  { email: 'pengaduan.dishub@sukamaju.go.id', name: 'Fajar Ramadhan, A.Md.', unit: 'dishub' },
  { email: 'pengaduan.satpolpp@sukamaju.go.id', name: 'Ujang Suherman', unit: 'satpolpp' },
  { email: 'pengaduan.rsud@sukamaju.go.id', name: 'dr. Siska Amelia', unit: 'rsud' },
  { email: 'pengaduan.kecamatan@sukamaju.go.id', name: 'Wawan Setiawan, S.IP.', unit: 'kec-sukamaju' },
  { email: 'pengaduan.puskesmas@sukamaju.go.id', name: 'Ratna Dewi, Amd.Kep.', unit: 'pkm-sukamaju' },
  { email: 'pengaduan.dlh@sukamaju.go.id', name: 'Asep Hidayat, S.Si.', unit: 'dlh' },
];

export const DESA = [
  'Sukamaju',
  'Cibeureum',
  'Mekarsari',
  'Sindangrasa',
  'Karangmulya',
  'Sukaresmi',
  'Cijati',
  'Margaluyu',
  'Sukahurip',
  'Nagrak',
  'Pasirlaja',
  'Ciherang',
] as const;

export const JALAN = [
  'Jl. Raya Cibeureum',
  'Jl. Siliwangi',
  'Jl. Pasar Baru',
  'Jl. Mekarsari–Sindangrasa',
  'Jl. Karangmulya',
  'Jl. Pahlawan',
  'Jl. Cijati Raya',
  'Jl. Veteran',
] as const;

/** Around the (fictional) kabupaten's centre, for reports that carry a map position. */
export const CENTRE = { lat: -7.327, lng: 108.221 } as const;

export const REPORTERS = [
  'Siti Rahmawati',
  'Budi Santoso',
  'Dewi Anggraeni',
  'Ahmad Fauzi',
  'Nurhayati',
  'Rizky Pratama',
  'Euis Komalasari',
  'Dadang Supriatna',
  'Intan Permatasari',
  'Agus Salim',
  'Yuyun Yuningsih',
  'Hendra Wijaya',
  'Rini Susanti',
  'Iwan Kurniawan',
  'Neneng Hasanah',
  'Taufik Hidayat',
  'Ani Suryani',
  'Deden Sopian',
  'Lina Marlina',
  'Cecep Rohman',
  'Tuti Alawiyah',
  'Ridwan Kamil Saputra',
  'Fitri Handayani',
  'Jajang Nurjaman',
  'Sri Mulyani',
  'Wahyu Hidayat',
  'Heni Rohaeni',
  'Dian Permana',
  'Mamat Rahmat',
  'Yanti Kusmiati',
  'Irfan Maulana',
  'Nia Kurniasih',
];

export interface ComplaintText {
  title: string;
  description: string;
  /** The unit's public answer. */
  response: string;
  /** A seeded service of the category's unit, by name. */
  service?: string;
  type?: ComplaintType;
  /** The report carries a map position and address. */
  place?: boolean;
  /** Sensitive content: never shown publicly. */
  rahasia?: boolean;
  /** The reporter is not satisfied once: what they say, and the unit's second answer. */
  again?: { reporter: string; unit: string };
}

export interface SeedCategory {
  name: string;
  /** SEED_UNITS key of the unit it routes to. */
  unit: string;
  description: string;
  /** Relative share of the complaints (the Pareto's shape). */
  weight: number;
  /** SLA tier the coordinator dispatches with (default follow-up period when absent). */
  tier?: string;
  texts: readonly ComplaintText[];
}

export const CATEGORIES: readonly SeedCategory[] = [
  {
    name: 'Administrasi kependudukan',
    unit: 'disdukcapil',
    description: 'KTP-el, Kartu Keluarga, akta kelahiran dan kematian, pindah datang, KIA',
    weight: 26,
    texts: [
      {
        title: 'KTP-el belum jadi setelah {n} minggu',
        description:
          'Saya sudah merekam KTP-el di kantor Disdukcapil {n} minggu yang lalu, tetapi sampai sekarang KTP-el belum dicetak. Setiap datang ke loket hanya diminta kembali minggu depan tanpa kepastian, padahal KTP-el saya perlukan untuk melamar pekerjaan.',
        response:
          'Terima kasih atas laporannya. KTP-el Bapak/Ibu sudah kami cetak dan dapat diambil di loket 3 dengan membawa bukti perekaman. Keterlambatan terjadi karena stok blangko dari pusat sempat habis; stok kini sudah terpenuhi.',
        service: 'Penerbitan KTP-el',
        again: {
          reporter: 'Saat saya ambil, nama di KTP-el salah satu huruf. Mohon dicetak ulang.',
          unit: 'Data sudah kami perbaiki di SIAK dan KTP-el dicetak ulang tanpa biaya; silakan diambil di loket 3.',
        },
      },
      {
        title: 'Antrean perekaman KTP-el sangat panjang',
        description:
          'Saya datang pukul 07.30 dan baru dipanggil pukul 13.00. Nomor antrean perekaman KTP-el habis sebelum pukul 09.00 sehingga banyak warga dari {desa} pulang tanpa dilayani. Mohon ditambah loket atau dibuka antrean daring.',
        response:
          'Mohon maaf atas ketidaknyamanannya. Mulai pekan ini loket perekaman tambahan buka pukul 08.00–11.00 dan antrean dapat diambil lebih dulu melalui WhatsApp 0812-2000-1201.',
        service: 'Penerbitan KTP-el',
      },
      {
        title: 'Nama ibu salah ditulis pada akta kelahiran anak',
        description:
          'Akta kelahiran anak saya yang terbit bulan lalu salah penulisan nama ibu kandung. Saat melapor ke loket, saya diminta mengurus ulang dari awal dengan seluruh persyaratan. Mohon kejelasan prosedur perbaikannya.',
        response:
          'Perbaikan akta cukup dengan membawa akta asli, Kartu Keluarga dan KTP-el orang tua ke loket pencatatan sipil; tidak perlu mengurus ulang. Akta perbaikan selesai dalam 1 hari kerja dan tidak dipungut biaya.',
        service: 'Penerbitan Akta Kelahiran',
      },
      {
        title: 'Data KK belum berubah setelah pindah datang',
        description:
          'Kami sekeluarga pindah dari luar kabupaten ke Desa {desa} dua bulan lalu dan sudah menyerahkan SKPWNI. Sampai sekarang Kartu Keluarga baru belum terbit sehingga anak kami belum bisa didaftarkan sekolah.',
        response:
          'Data kepindahan keluarga Bapak/Ibu sudah kami verifikasi dan KK baru telah terbit. KK dapat dicetak mandiri dari PDF yang kami kirim atau diambil di kantor desa.',
        service: 'Pelayanan Pindah Datang Penduduk',
      },
      {
        title: 'Hanya diberi surat keterangan karena blangko kosong',
        description:
          'Sudah dua kali saya datang untuk mengambil KTP-el pengganti yang rusak, tetapi hanya diberi surat keterangan pengganti karena blangko kosong. Surat keterangan itu tidak diterima oleh bank untuk membuka rekening.',
        response:
          'Blangko KTP-el sudah kembali tersedia sejak awal bulan ini. Silakan datang ke loket 3 dengan membawa surat keterangan tersebut; KTP-el dicetak pada hari yang sama.',
        service: 'Penerbitan KTP-el',
        again: {
          reporter:
            'Saya sudah datang lagi hari Senin, tetapi petugas mengatakan data saya belum sinkron dengan pusat.',
          unit: 'Data Bapak/Ibu sudah kami sinkronkan dengan Ditjen Dukcapil dan KTP-el sudah dicetak. Silakan diambil di loket 3.',
        },
      },
      {
        title: 'Ada calo yang menawarkan percepatan akta di depan kantor',
        description:
          'Di depan kantor Disdukcapil ada orang yang menawarkan jasa percepatan pembuatan akta dan KK dengan bayaran Rp 150.000. Ia mengaku kenal dengan petugas di dalam. Saya khawatir warga yang tidak tahu tertipu.',
        response:
          'Terima kasih atas informasinya. Kami telah memasang pengumuman bahwa seluruh layanan adminduk gratis dan tanpa perantara, dan pengawasan di area kantor sudah diperketat bersama Satpol PP.',
        rahasia: true,
      },
      {
        title: 'Syarat pembuatan KIA untuk anak usia 5 tahun',
        description:
          'Saya ingin membuatkan Kartu Identitas Anak untuk anak saya yang berusia 5 tahun. Apa saja persyaratannya dan apakah bisa diurus di kantor desa?',
        response:
          'Persyaratan KIA anak usia 5 tahun: fotokopi akta kelahiran, Kartu Keluarga, dan pas foto anak 2x3 berwarna. KIA dapat diurus di kantor Disdukcapil atau melalui layanan jemput bola di kantor desa setiap Kamis.',
        service: 'Penerbitan Kartu Identitas Anak (KIA)',
        type: 'permintaan-informasi',
      },
      {
        title: 'Akta kematian orang tua belum terbit',
        description:
          'Saya melaporkan kematian ayah saya tiga minggu lalu melalui kantor desa {desa}, tetapi akta kematian belum terbit. Akta itu diperlukan untuk mengurus dana pensiun ibu saya.',
        response:
          'Berkas dari desa baru kami terima pekan lalu. Akta kematian sudah terbit dan dikirim dalam bentuk PDF ber-TTE ke email yang terdaftar; salinan cetak dapat diambil di loket pencatatan sipil.',
        service: 'Penerbitan Akta Kematian',
      },
    ],
  },
  {
    name: 'Pelayanan puskesmas',
    unit: 'pkm-sukamaju',
    description: 'Antrean, pendaftaran, obat, imunisasi dan sikap petugas di puskesmas',
    weight: 18,
    texts: [
      {
        title: 'Antrean pendaftaran puskesmas terlalu lama',
        description:
          'Setiap pagi antrean pendaftaran di Puskesmas Sukamaju mengular sampai halaman. Saya membawa anak yang demam dan harus menunggu lebih dari dua jam sebelum diperiksa. Mohon ada sistem antrean yang lebih baik.',
        response:
          'Terima kasih atas masukannya. Kami menambah satu petugas pendaftaran pada pukul 07.30–10.00 dan membuka antrean melalui aplikasi Mobile JKN. Anak dengan demam tinggi didahulukan melalui triase di pintu masuk.',
        service: 'Pelayanan Rawat Jalan Pemeriksaan Umum',
        again: {
          reporter: 'Pagi ini antrean masih sampai halaman; petugas tambahan belum terlihat.',
          unit: 'Petugas pendaftaran tambahan kini bertugas mulai pukul 07.00. Mohon maaf, pekan lalu petugas tersebut sedang pelatihan.',
        },
      },
      {
        title: 'Ruang tunggu poli umum panas dan kursi kurang',
        description:
          'Ruang tunggu poli umum sempit dan panas, tidak ada kipas angin, dan banyak pasien lansia harus berdiri karena kursi tidak cukup. Mohon diperhatikan kenyamanan pasien.',
        response:
          'Kami telah menambah 20 kursi dan memasang empat kipas angin di ruang tunggu poli umum. Perluasan ruang tunggu sudah kami usulkan dalam rencana anggaran tahun depan.',
        service: 'Pelayanan Rawat Jalan Pemeriksaan Umum',
      },
      {
        title: 'Obat yang diresepkan tidak tersedia di apotek puskesmas',
        description:
          'Obat hipertensi yang diresepkan dokter tidak tersedia di apotek puskesmas sehingga saya harus membeli sendiri di apotek luar. Sudah dua bulan berturut-turut kejadiannya sama.',
        response:
          'Stok obat amlodipin sempat kosong karena keterlambatan pengiriman dari gudang farmasi kabupaten. Stok sudah tersedia kembali; pasien prolanis dapat mengambil obat untuk satu bulan sekaligus.',
      },
      {
        title: 'Jadwal imunisasi di posyandu {desa} tidak diumumkan',
        description:
          'Bulan ini jadwal imunisasi di posyandu Desa {desa} berubah tanpa pemberitahuan sehingga anak saya terlewat imunisasi campak. Mohon jadwal diumumkan lebih awal, misalnya melalui grup WhatsApp kader.',
        response:
          'Mohon maaf atas perubahan jadwal tersebut. Imunisasi susulan dapat dilakukan di puskesmas setiap Selasa dan Kamis, dan jadwal posyandu kini diumumkan melalui grup WhatsApp kader paling lambat seminggu sebelumnya.',
        service: 'Pelayanan Imunisasi Rutin',
      },
      {
        title: 'Petugas pendaftaran kurang ramah kepada pasien lansia',
        description:
          'Ibu saya yang berusia 70 tahun dibentak oleh petugas pendaftaran karena lupa membawa kartu BPJS. Seharusnya petugas bisa menjelaskan dengan sopan, apalagi kepada orang tua.',
        response:
          'Kami mohon maaf atas sikap petugas tersebut. Petugas yang bersangkutan telah kami bina, dan seluruh petugas pendaftaran mengikuti pelatihan pelayanan prima. Data BPJS kini dapat dicek cukup dengan NIK.',
      },
      {
        title: 'Surat rujukan ke RSUD dipersulit',
        description:
          'Saya meminta surat rujukan ke poli mata RSUD, tetapi diminta kembali tiga kali dengan alasan dokter tidak ada. Mohon kejelasan kapan rujukan bisa dibuat.',
        response:
          'Rujukan dapat dibuat setiap hari kerja pukul 08.00–12.00 oleh dokter jaga. Rujukan Bapak/Ibu sudah kami buat melalui sistem rujukan daring dan dapat langsung dibawa ke RSUD.',
        service: 'Penerbitan Surat Rujukan ke Rumah Sakit',
      },
    ],
  },
  {
    name: 'Jalan dan jembatan rusak',
    unit: 'dpupr',
    description: 'Jalan kabupaten berlubang, jembatan rusak, drainase jalan',
    weight: 15,
    tier: 'tanpa-pemeriksaan',
    texts: [
      {
        title: 'Jalan berlubang di {jalan}',
        description:
          'Jalan kabupaten di {jalan}, Desa {desa}, berlubang besar sepanjang kurang lebih 200 meter. Saat hujan lubang tertutup air dan sudah beberapa pengendara motor terjatuh.',
        response:
          'Tim UPT Jalan dan Jembatan telah meninjau lokasi dan menambal lubang (patching) pada ruas tersebut. Perbaikan menyeluruh ruas ini masuk rencana pemeliharaan berkala tahun depan.',
        place: true,
        again: {
          reporter: 'Lubang di tengah sudah ditambal, tetapi di dekat jembatan masih ada dua lubang besar.',
          unit: 'Dua lubang di dekat jembatan sudah kami tambal pada hari ini. Terima kasih atas laporan lanjutannya.',
        },
      },
      {
        title: 'Jembatan gantung di Desa {desa} rusak',
        description:
          'Papan lantai jembatan gantung penghubung Dusun {n} dan pusat Desa {desa} banyak yang lapuk dan patah. Jembatan ini dilewati anak sekolah setiap hari. Mohon segera diperbaiki sebelum ada korban.',
        response:
          'Papan lantai yang lapuk sudah kami ganti dan kawat penggantung diperiksa. Untuk sementara jembatan hanya boleh dilalui pejalan kaki dan sepeda.',
        place: true,
      },
      {
        title: 'Drainase tersumbat, {jalan} tergenang saat hujan',
        description:
          'Saluran drainase di sisi {jalan} tersumbat sampah dan lumpur. Setiap hujan deras air meluap ke jalan dan masuk ke rumah warga RT {rt}/RW {rw}.',
        response:
          'Saluran sudah dinormalisasi bersama warga dan petugas kebersihan. Kami juga memasang saringan sampah di ujung saluran agar tidak tersumbat kembali.',
        place: true,
      },
      {
        title: 'Perbaikan jalan ditinggal, material menutup badan jalan',
        description:
          'Pekerjaan perbaikan jalan di Desa {desa} berhenti sejak dua minggu lalu. Tumpukan pasir dan batu dibiarkan di badan jalan tanpa rambu sehingga membahayakan pengendara pada malam hari.',
        response:
          'Kami telah menegur penyedia jasa. Material sudah dirapikan, rambu dan lampu peringatan dipasang, dan pekerjaan dilanjutkan mulai pekan ini sesuai jadwal kontrak.',
        place: true,
      },
      {
        title: 'Bahu jalan longsor di tikungan {jalan}',
        description:
          'Bahu jalan di tikungan {jalan} longsor setelah hujan deras sehingga lebar jalan tinggal satu lajur. Belum ada tanda peringatan di lokasi.',
        response:
          'Rambu peringatan dan karung pasir sudah dipasang. Pembangunan dinding penahan tanah dijadwalkan setelah musim hujan, dan lokasi kami pantau setiap pekan.',
        place: true,
      },
    ],
  },
  {
    name: 'Perizinan usaha dan bangunan',
    unit: 'dpmptsp',
    description: 'NIB melalui OSS, PBG, PKKPR dan perizinan lain di mal pelayanan publik',
    weight: 9,
    texts: [
      {
        title: 'Permohonan PBG belum ada kabar',
        description:
          'Saya mengajukan Persetujuan Bangunan Gedung untuk rumah tinggal dua lantai melalui SIMBG sejak {n} minggu lalu. Status di sistem masih "verifikasi dokumen" dan tidak ada yang bisa ditanya.',
        response:
          'Berkas PBG Bapak/Ibu sudah diverifikasi dan dijadwalkan konsultasi dengan TPA pada pekan depan. Undangan konsultasi dikirim melalui SIMBG; pertanyaan dapat disampaikan ke loket 5 MPP.',
        service: 'Penerbitan Persetujuan Bangunan Gedung (PBG)',
      },
      {
        title: 'Kesulitan mendaftar NIB di OSS',
        description:
          'Saya pelaku usaha mikro (warung makan) dan tidak bisa menyelesaikan pendaftaran NIB di OSS karena muncul pesan galat saat memilih KBLI. Apakah bisa dibantu di MPP?',
        response:
          'Bisa. Petugas pendamping OSS di loket 2 MPP siap membantu pendaftaran NIB setiap hari kerja tanpa biaya; bawa KTP-el dan nomor HP aktif. KBLI warung makan adalah 56102.',
        service: 'Fasilitasi Penerbitan Nomor Induk Berusaha (NIB) melalui OSS',
        type: 'permintaan-informasi',
      },
      {
        title: 'Persyaratan PKKPR berubah-ubah',
        description:
          'Saat mengajukan PKKPR untuk pembangunan gudang, setiap kali datang saya diminta dokumen tambahan yang berbeda. Mohon daftar persyaratan yang pasti diumumkan.',
        response:
          'Daftar persyaratan PKKPR yang berlaku sudah kami umumkan di laman MPP dan di papan informasi loket. Berkas Bapak/Ibu sudah lengkap dan sedang dinilai; hasilnya paling lambat 20 hari kerja.',
        service: 'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Non-Berusaha',
      },
      {
        title: 'Tarif retribusi PBG tidak dijelaskan',
        description:
          'Saya diberi tagihan retribusi PBG tanpa rincian perhitungan. Mohon dijelaskan dasar perhitungannya agar kami yakin tidak ada pungutan tambahan.',
        response:
          'Retribusi PBG dihitung dari luas bangunan, indeks fungsi dan indeks terintegrasi sesuai Perda PDRD. Rincian perhitungan sudah kami kirim ke email Bapak/Ibu dan dapat dicek di SIMBG.',
        service: 'Penerbitan Persetujuan Bangunan Gedung (PBG)',
      },
    ],
  },
  {
    name: 'Pelayanan rumah sakit',
    unit: 'rsud',
    description: 'Rawat jalan, IGD, obat dan fasilitas RSUD Sukamaju',
    weight: 8,
    texts: [
      {
        title: 'Antrean poliklinik spesialis sampai sore',
        description:
          'Saya kontrol ke poli penyakit dalam RSUD dengan nomor antrean 35 dan baru diperiksa pukul 15.00 karena dokter datang terlambat. Mohon jadwal praktik dokter ditepati.',
        response:
          'Mohon maaf atas keterlambatan tersebut. Jadwal praktik dokter spesialis kini ditampilkan di layar antrean, dan pasien dapat mengambil antrean sesuai jam melalui aplikasi RSUD.',
        service: 'Pelayanan Rawat Jalan Poliklinik Spesialis',
      },
      {
        title: 'Pasien BPJS diminta membeli obat sendiri',
        description:
          'Ayah saya dirawat dengan BPJS di RSUD dan keluarga diminta membeli sendiri beberapa obat di apotek luar. Bukankah obat seharusnya ditanggung?',
        response:
          'Obat yang masuk Formularium Nasional ditanggung BPJS. Kami telah mengembalikan biaya obat yang dibeli keluarga dan menegur petugas farmasi yang bersangkutan.',
      },
      {
        title: 'IGD penuh, pasien menunggu di lorong',
        description:
          'Saat membawa ibu saya ke IGD malam hari, pasien harus menunggu di lorong karena tempat tidur penuh. Petugas juga tidak memberi kabar berapa lama harus menunggu.',
        response:
          'Kami menambah enam tempat tidur observasi IGD dan menempatkan petugas informasi pada malam hari untuk menyampaikan perkiraan waktu tunggu kepada keluarga pasien.',
        service: 'Pelayanan Instalasi Gawat Darurat (IGD) 24 Jam',
      },
      {
        title: 'Juru parkir RSUD menarik tarif di atas ketentuan',
        description:
          'Juru parkir di halaman RSUD meminta Rp 5.000 untuk sepeda motor tanpa karcis, padahal tarif resminya Rp 2.000.',
        response:
          'Juru parkir tersebut bukan petugas resmi dan telah ditertibkan bersama Dinas Perhubungan. Parkir RSUD kini memakai karcis dengan tarif yang tertera.',
        rahasia: true,
      },
    ],
  },
  {
    name: 'Persampahan dan kebersihan',
    unit: 'dlh',
    description: 'Pengangkutan sampah, TPS, pencemaran lingkungan',
    weight: 7,
    texts: [
      {
        title: 'Sampah di TPS Desa {desa} tidak diangkut {n} hari',
        description:
          'Sampah di TPS Desa {desa} dekat pasar sudah {n} hari tidak diangkut, meluber ke jalan dan menimbulkan bau busuk. Mohon jadwal pengangkutan ditepati.',
        response:
          'Truk pengangkut di rute tersebut sempat rusak. Sampah sudah diangkut dan jadwal pengangkutan kembali normal setiap Senin, Rabu dan Jumat.',
        service: 'Pendaftaran Layanan Pengangkutan Sampah',
        place: true,
        again: {
          reporter: 'Minggu ini sampah kembali menumpuk karena hari Rabu tidak ada pengangkutan.',
          unit: 'Jadwal Rabu terlewat karena truk dialihkan ke lokasi banjir; sampah sudah diangkut hari ini dan jadwal kembali normal.',
        },
      },
      {
        title: 'Dugaan limbah pabrik tahu dibuang ke sungai',
        description:
          'Air sungai di belakang permukiman RT {rt}/RW {rw} Desa {desa} berbusa dan berbau asam. Diduga limbah pabrik tahu di hulu dibuang langsung ke sungai.',
        response:
          'Petugas telah mengambil sampel air dan memeriksa pabrik tahu tersebut. Pemilik diberi teguran tertulis dan wajib membangun IPAL sederhana dalam 60 hari; kami akan memeriksa ulang.',
        service: 'Penanganan Pengaduan Dugaan Pencemaran Lingkungan',
        place: true,
      },
      {
        title: 'Pembakaran sampah di lahan kosong dekat sekolah',
        description:
          'Setiap sore ada pembakaran sampah di lahan kosong dekat SDN {n} {desa}. Asapnya masuk ke kelas dan rumah warga.',
        response:
          'Kami bersama pemerintah desa telah menegur pelaku dan menyediakan kontainer sampah di lokasi tersebut. Pengangkutan dijadwalkan dua kali seminggu.',
        place: true,
      },
    ],
  },
  {
    name: 'Bantuan sosial dan DTKS',
    unit: 'dinsos',
    description: 'Data kesejahteraan sosial, PBI jaminan kesehatan, bantuan sosial',
    weight: 6,
    texts: [
      {
        title: 'Keluarga miskin tidak masuk DTKS',
        description:
          'Keluarga tetangga saya di Desa {desa} sangat membutuhkan bantuan (suami sakit dan tidak bekerja) tetapi tidak terdaftar dalam DTKS, sedangkan ada warga mampu yang menerima bantuan.',
        response:
          'Keluarga tersebut sudah kami usulkan masuk DTKS melalui musyawarah desa dan verifikasi lapangan. Data penerima yang dinilai tidak layak juga sedang kami verifikasi ulang bersama desa.',
        service: 'Pendaftaran dan Pemutakhiran Data Kesejahteraan Sosial (DTKS/DTSEN)',
      },
      {
        title: 'Kepesertaan PBI BPJS dinonaktifkan tanpa pemberitahuan',
        description:
          'Saat berobat ke puskesmas, kartu BPJS PBI saya ternyata nonaktif. Saya tidak pernah diberi tahu, padahal harus rutin kontrol karena diabetes.',
        response:
          'Rekomendasi pengaktifan kembali PBI sudah kami terbitkan dan diteruskan ke BPJS Kesehatan. Kartu aktif kembali dalam 1×24 jam; pelayanan kesehatan rutin dapat dilanjutkan.',
        service: 'Rekomendasi Pengaktifan Kembali Kepesertaan PBI Jaminan Kesehatan',
      },
      {
        title: 'Bantuan korban banjir belum diterima',
        description:
          'Rumah kami di RT {rt}/RW {rw} Desa {desa} terendam banjir bulan lalu dan sudah didata oleh desa, tetapi bantuan logistik belum kami terima.',
        response:
          'Data korban dari desa sudah kami terima. Bantuan logistik untuk keluarga Bapak/Ibu disalurkan melalui kantor desa pada pekan ini.',
        service: 'Rekomendasi Bantuan Sosial bagi Korban Bencana',
      },
    ],
  },
  {
    name: 'Lalu lintas dan penerangan jalan',
    unit: 'dishub',
    description: 'Lampu penerangan jalan umum, lampu lalu lintas, rambu, uji KIR',
    weight: 5,
    texts: [
      {
        title: 'Lampu penerangan jalan padam di {jalan}',
        description:
          'Sudah {n} minggu lampu penerangan jalan umum di {jalan} padam, jalan gelap dan rawan kejahatan serta kecelakaan.',
        response:
          'Lampu yang padam sudah kami ganti dengan lampu LED baru. Gangguan penerangan jalan dapat juga dilaporkan ke WhatsApp 0812-2000-1801.',
        place: true,
        again: {
          reporter: 'Lampu yang diganti sudah menyala, tetapi dua tiang di sebelahnya masih padam.',
          unit: 'Dua lampu di tiang sebelahnya sudah kami ganti hari ini. Terima kasih atas laporan lanjutannya.',
        },
      },
      {
        title: 'Lampu lalu lintas di simpang {jalan} mati',
        description:
          'Lampu lalu lintas di simpang {jalan} mati sejak kemarin pagi sehingga terjadi kemacetan dan hampir terjadi tabrakan.',
        response:
          'Kerusakan pada pengendali lampu lalu lintas sudah diperbaiki. Selama perbaikan petugas kami mengatur lalu lintas di simpang tersebut.',
        place: true,
      },
      {
        title: 'Antrean uji KIR sampai siang',
        description:
          'Antrean uji KIR kendaraan niaga sangat panjang; saya datang pukul 07.00 dan baru diuji pukul 12.30. Mohon ada pendaftaran daring.',
        response:
          'Pendaftaran uji KIR kini dapat dilakukan daring melalui laman Dinas Perhubungan dengan pilihan jam kedatangan.',
        service: 'Pengujian Berkala Kendaraan Bermotor (Uji KIR)',
      },
    ],
  },
  {
    name: 'Layanan pendidikan',
    unit: 'disdik',
    description: 'Legalisir ijazah, mutasi siswa, surat keterangan pengganti ijazah',
    weight: 3,
    texts: [
      {
        title: 'Legalisir ijazah SMP dipungut biaya',
        description:
          'Saat melegalisir fotokopi ijazah SMP di sekolah, saya diminta membayar Rp 10.000 per lembar. Setahu saya legalisir tidak dipungut biaya.',
        response:
          'Legalisir ijazah tidak dipungut biaya. Kepala sekolah yang bersangkutan telah kami tegur dan biaya yang terlanjur dibayar dikembalikan.',
        service: 'Legalisir Fotokopi Ijazah SD/SMP',
        rahasia: true,
      },
      {
        title: 'Rekomendasi mutasi siswa belum keluar',
        description:
          'Anak saya pindah sekolah karena kami pindah rumah, tetapi rekomendasi mutasi dari Dinas Pendidikan belum keluar setelah satu minggu sehingga anak belum bisa masuk sekolah baru.',
        response:
          'Rekomendasi mutasi sudah kami terbitkan dan dikirim ke sekolah tujuan. Anak Bapak/Ibu dapat mulai bersekolah besok.',
        service: 'Rekomendasi Mutasi (Pindah) Peserta Didik SD/SMP',
      },
    ],
  },
  {
    name: 'Ketertiban umum',
    unit: 'satpolpp',
    description: 'Pedagang kaki lima, bangunan liar, gangguan ketenteraman',
    weight: 3,
    texts: [
      {
        title: 'PKL menutup trotoar di depan Pasar Baru',
        description:
          'Pedagang kaki lima menutup seluruh trotoar di depan Pasar Baru sehingga pejalan kaki, termasuk lansia dan anak sekolah, terpaksa berjalan di badan jalan.',
        response:
          'Kami telah melakukan penataan bersama Dinas Koperasi: PKL dipindahkan ke area relokasi di sisi timur pasar, dan trotoar dipantau setiap pagi.',
        service: 'Penanganan Laporan Gangguan Ketenteraman dan Ketertiban Umum',
        place: true,
      },
      {
        title: 'Suara musik tempat hiburan sampai larut malam',
        description:
          'Tempat hiburan di Desa {desa} memutar musik keras sampai pukul 02.00 hampir setiap malam sehingga warga tidak bisa beristirahat.',
        response:
          'Pengelola tempat hiburan telah kami panggil dan diberi surat peringatan untuk menaati batas jam operasional pukul 23.00. Pemantauan malam dilakukan bersama polsek.',
        service: 'Penanganan Laporan Gangguan Ketenteraman dan Ketertiban Umum',
      },
    ],
  },
];

/** Aspirations and questions without a category: the coordinator picks the unit. */
export const UNCATEGORISED: readonly (ComplaintText & { unit: string })[] = [
  {
    unit: 'dlh',
    title: 'Usulan taman bermain ramah anak di alun-alun',
    description:
      'Kami mengusulkan agar sebagian alun-alun Sukamaju dijadikan taman bermain yang aman untuk anak, lengkap dengan tempat duduk untuk orang tua dan toilet umum.',
    response:
      'Terima kasih atas usulannya. Penataan taman bermain di alun-alun sudah kami masukkan dalam usulan Musrenbang kabupaten tahun depan.',
    type: 'aspirasi',
  },
  {
    unit: 'dishub',
    title: 'Usul penambahan trayek angkutan ke Desa {desa}',
    description:
      'Belum ada angkutan umum dari pusat kota ke Desa {desa} setelah pukul 15.00 sehingga pelajar dan pekerja kesulitan pulang. Kami mengusulkan penambahan trayek sore.',
    response:
      'Usulan ini sedang kami kaji bersama Organda. Untuk sementara, dua armada angkutan perdesaan diminta beroperasi sampai pukul 18.00.',
    type: 'aspirasi',
  },
  {
    unit: 'kec-sukamaju',
    title: 'Cara mengurus surat keterangan ahli waris',
    description:
      'Ayah kami meninggal dan kami perlu surat keterangan ahli waris untuk mengurus tabungan di bank. Bagaimana prosedurnya dan berapa lama?',
    response:
      'Surat keterangan ahli waris dibuat di desa lalu dikuatkan oleh camat. Bawa akta kematian, KK, KTP-el seluruh ahli waris dan surat pernyataan ahli waris; penguatan selesai dalam 3 hari kerja tanpa biaya.',
    type: 'permintaan-informasi',
  },
  {
    unit: 'disdukcapil',
    title: 'Usul layanan adminduk pada hari Sabtu',
    description:
      'Banyak pekerja pabrik yang tidak bisa izin pada hari kerja. Kami mengusulkan layanan perekaman KTP-el dibuka juga pada hari Sabtu.',
    response:
      'Terima kasih atas usulannya. Mulai bulan depan layanan perekaman KTP-el dan pencetakan dokumen dibuka setiap Sabtu pertama dan ketiga, pukul 08.00–12.00.',
    type: 'aspirasi',
  },
];

/** Reports outside the complaint channel's scope: rejected or archived by the coordinator with a reason. */
export const OUT_OF_SCOPE: readonly {
  title: string;
  description: string;
  action: 'reject' | 'archive';
  note: string;
}[] = [
  {
    title: 'Penipuan pinjaman online mengatasnamakan Pemda',
    description:
      'Saya ditawari pinjaman tanpa agunan oleh orang yang mengaku pegawai Pemda dan sudah mentransfer biaya administrasi Rp 750.000, lalu nomornya tidak aktif.',
    action: 'reject',
    note: 'Laporan berisi dugaan tindak pidana penipuan dan tidak dapat ditangani melalui kanal pengaduan pelayanan publik. Silakan melapor ke Polres Sukamaju atau melalui patrolisiber.id dengan membawa bukti transfer.',
  },
  {
    title: 'Sengketa batas tanah dengan tetangga',
    description:
      'Tetangga saya memasang pagar yang melewati batas tanah kami sekitar satu meter. Kami minta Pemda turun tangan menyelesaikan masalah ini.',
    action: 'archive',
    note: 'Sengketa batas tanah adalah perkara perdata di luar kewenangan pengaduan pelayanan publik. Silakan menempuh mediasi di kantor desa atau berkonsultasi dengan Kantor Pertanahan.',
  },
  {
    title: 'Tagihan listrik naik drastis',
    description:
      'Tagihan listrik rumah kami bulan ini naik tiga kali lipat padahal pemakaian sama seperti biasa. Mohon Pemda menegur PLN.',
    action: 'archive',
    note: 'Layanan listrik diselenggarakan PLN, bukan Pemerintah Kabupaten. Silakan menyampaikan pengaduan ke PLN melalui aplikasi PLN Mobile atau Contact Center 123.',
  },
];

/** The coordinator's internal notes when verifying and dispatching. */
export const VERIFY_NOTES = [
  'Laporan lengkap dan jelas.',
  'Sudah dicek: laporan sesuai kewenangan OPD.',
  'Identitas dan kronologi lengkap.',
  'Laporan layak ditindaklanjuti.',
];
export const DISPATCH_NOTES = [
  'Mohon ditindaklanjuti sesuai kewenangan.',
  'Mohon ditangani dan dijawab sebelum tenggat.',
  'Diteruskan ke OPD terkait; mohon ditindaklanjuti.',
];
export const REQUEST_INFO_NOTES = [
  'Mohon lengkapi lokasi persisnya (nama jalan, RT/RW) dan, bila ada, foto kondisi di lapangan.',
  'Mohon sebutkan tanggal pelayanan dan nomor antrean atau nomor berkas agar dapat kami telusuri.',
];
export const SUPPLY_INFO_NOTES = [
  'Lokasinya di depan pos ronda RT 03, sekitar 100 meter dari masjid.',
  'Saya dilayani pada hari Senin pagi, nomor berkas ada pada tanda terima yang saya simpan.',
];
export const CLOSE_NOTES = [
  'Tindak lanjut OPD sudah sesuai; laporan ditutup.',
  'Laporan selesai ditangani.',
  'Jawaban OPD sudah disampaikan kepada pelapor; laporan ditutup.',
];
export const CONFIRM_NOTES = [
  'Terima kasih, sudah beres.',
  'Sudah ditangani, terima kasih atas respons cepatnya.',
  'Terima kasih, masalah sudah selesai.',
];
export const REOPEN_NOTES = ['Ternyata masalahnya terulang lagi minggu ini, mohon ditangani kembali.'];

/** Comments with a rating of 1–5 (index 0 is for score 1). */
export const RATING_COMMENTS: readonly (readonly string[])[] = [
  ['Laporan ditutup padahal masalah belum selesai.'],
  ['Jawabannya lama dan kurang jelas.', 'Baru ditangani setelah lewat tenggat.'],
  ['Sudah ditangani, tetapi perlu waktu lama.', 'Cukup, semoga tidak terulang.'],
  ['Ditangani dengan baik, terima kasih.', 'Respons cukup cepat dan jelas.'],
  ['Sangat cepat dan jelas, terima kasih!', 'Pelayanan luar biasa, masalah selesai dalam dua hari.'],
];

// ---------------------------------------------------------------------------------------------------------------
// Surveys

export interface SkmUnitProfile {
  unit: string;
  /** Responses in a whole triwulan (the current one gets its share of the days gone by). */
  responses: number;
  /** Service users in a triwulan: the campaign's population (N). */
  population: number;
  /** Mean score (1–4) of U1…U9, from the oldest of the four triwulan to the current one. */
  means: readonly (readonly number[])[];
  /** Share of respondents per service of the unit (by name). */
  services: Readonly<Record<string, number>>;
  /** Women's share of respondents. */
  women: number;
  saran: readonly string[];
}

/**
 * Disdukcapil: U3 (waktu penyelesaian) weak in the oldest triwulan, better after the PDCA cycle on it.
 * Puskesmas: U8 (sarana dan prasarana) visibly weak throughout: its follow-up plan and the cycle in Plan.
 * DPMPTSP: U2 (prosedur, OSS) a little below the rest, slowly better.
 */
export const SKM_PROFILES: readonly SkmUnitProfile[] = [
  {
    unit: 'disdukcapil',
    responses: 20,
    population: 3200,
    means: [
      [3.3, 3.2, 2.45, 3.9, 3.4, 3.3, 3.4, 3.1, 3.0],
      [3.35, 3.25, 3.3, 3.9, 3.45, 3.35, 3.45, 3.15, 3.1],
      [3.4, 3.3, 3.35, 3.9, 3.5, 3.4, 3.5, 3.2, 3.15],
      [3.45, 3.35, 3.4, 3.9, 3.5, 3.45, 3.55, 3.25, 3.2],
    ],
    services: {
      'Penerbitan KTP-el': 40,
      'Penerbitan Kartu Keluarga (KK)': 20,
      'Penerbitan Akta Kelahiran': 18,
      'Penerbitan Akta Kematian': 6,
      'Pelayanan Pindah Datang Penduduk': 8,
      'Penerbitan Kartu Identitas Anak (KIA)': 8,
    },
    women: 0.52,
    saran: [
      'Mohon antrean daring diperluas agar tidak perlu datang subuh.',
      'Loket perekaman sebaiknya ditambah pada hari Senin.',
      'Petugas sudah ramah, pertahankan.',
      'Informasi persyaratan sebaiknya dipasang lebih besar di ruang tunggu.',
      'Blangko KTP-el jangan sampai kosong lagi.',
      'Layanan jemput bola ke desa sangat membantu, mohon dilanjutkan.',
    ],
  },
  {
    unit: 'pkm-sukamaju',
    responses: 16,
    population: 2600,
    means: [
      [3.3, 3.2, 2.95, 3.8, 3.3, 3.4, 3.3, 2.45, 3.0],
      [3.3, 3.2, 2.9, 3.8, 3.3, 3.45, 3.35, 2.5, 3.05],
      [3.35, 3.25, 3.0, 3.8, 3.35, 3.45, 3.4, 2.55, 3.1],
      [3.35, 3.3, 3.0, 3.8, 3.35, 3.5, 3.4, 2.6, 3.1],
    ],
    services: {
      'Pelayanan Rawat Jalan Pemeriksaan Umum': 60,
      'Pelayanan Imunisasi Rutin': 25,
      'Penerbitan Surat Rujukan ke Rumah Sakit': 15,
    },
    women: 0.66,
    saran: [
      'Ruang tunggu terlalu sempit dan panas, mohon ditambah kipas angin.',
      'Kursi tunggu kurang, banyak lansia berdiri.',
      'Toilet pasien perlu lebih sering dibersihkan.',
      'Dokter dan perawat ramah, terima kasih.',
      'Parkir motor sempit dan tidak beratap.',
      'Antrean pendaftaran pagi masih lama.',
    ],
  },
  {
    unit: 'dpmptsp',
    responses: 12,
    population: 900,
    means: [
      [3.1, 2.75, 3.0, 3.7, 3.2, 3.3, 3.4, 3.4, 3.1],
      [3.15, 2.8, 3.05, 3.7, 3.2, 3.3, 3.4, 3.45, 3.1],
      [3.2, 2.9, 3.1, 3.7, 3.25, 3.35, 3.45, 3.45, 3.15],
      [3.2, 2.95, 3.1, 3.7, 3.25, 3.35, 3.45, 3.5, 3.2],
    ],
    services: {
      'Fasilitasi Penerbitan Nomor Induk Berusaha (NIB) melalui OSS': 55,
      'Penerbitan Persetujuan Bangunan Gedung (PBG)': 30,
      'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Non-Berusaha': 15,
    },
    women: 0.4,
    saran: [
      'Alur perizinan di OSS masih membingungkan, perlu pendampingan.',
      'Status berkas PBG sebaiknya bisa dicek lewat WhatsApp.',
      'Mal pelayanan publik nyaman dan bersih.',
      'Persyaratan PKKPR mohon dibuat lebih sederhana.',
    ],
  },
];

/** The public trust survey (OECD style, 0–10) at the front office that sees most citizens. */
export const TRUST_SURVEY = {
  unit: 'disdukcapil',
  responses: 16,
  population: 5000,
  /** Mean answer per item; political trust slightly above neutral, social trust a little lower. */
  means: {
    PT1: 6.6,
    PT2: 6.3,
    PT3: 5.4,
    PT4: 6.2,
    PT5: 6.5,
    PT6: 5.6,
    PT7: 5.8,
    ST1: 5.5,
  } as Readonly<Record<string, number>>,
  /** Drivers (competence and values items) answered around this mean. */
  driverMean: 6.1,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Improvement

export const CYCLE_TEXTS = {
  skm: {
    title: 'Mempercepat penyelesaian KTP-el dan KK',
    problem:
      'Unsur U3 (waktu penyelesaian) paling rendah di antara sembilan unsur SKM Disdukcapil: antrean perekaman habis sebelum pukul 09.00 dan warga harus kembali keesokan harinya.',
    whys: [
      'Warga harus datang berulang kali untuk satu dokumen',
      'Nomor antrean habis sebelum pukul 09.00',
      'Hanya dua set alat perekaman yang dipakai pada jam sibuk',
      'Petugas perekaman merangkap tugas arsip pada pagi hari',
    ],
    causes: [
      { category: 'petugas', text: 'Operator perekaman merangkap pengarsipan berkas pada jam sibuk' },
      { category: 'prosedur', text: 'Antrean hanya bisa diambil langsung di kantor' },
      { category: 'sarana', text: 'Dua dari empat set alat perekaman jarang dipakai karena kurang petugas' },
    ],
    actions: [
      'Membuka loket perekaman tambahan pukul 08.00–11.00',
      'Menerapkan antrean daring melalui WhatsApp',
    ],
    procedure:
      '1. Pemohon mengambil nomor antrean di kantor atau mendaftar antrean daring melalui WhatsApp 0812-2000-1201 (kuota per jam diumumkan setiap pagi).\n2. Pemohon menyerahkan persyaratan di loket; pada pukul 08.00–11.00 loket perekaman tambahan dibuka.\n3. Petugas memverifikasi data pada SIAK Terpusat.\n4. Perekaman biometrik (foto, sidik jari, iris, tanda tangan) bagi yang belum merekam.\n5. Petugas mencetak KTP-el setelah data dinyatakan valid.\n6. Pemohon menerima KTP-el dan menandatangani tanda terima.',
    standardiseNote: 'Antrean daring dan loket tambahan dibakukan dalam prosedur Standar Pelayanan KTP-el.',
    closeNote: 'Nilai U3 naik melampaui target; perubahan sudah dibakukan dalam Standar Pelayanan.',
  },
  roads: {
    title: 'Menurunkan pengaduan jalan rusak',
    problem:
      'Kategori "Jalan dan jembatan rusak" termasuk sedikit yang vital pada Pareto pengaduan; sebagian besar laporan tentang lubang yang sama dilaporkan berulang sebelum ditambal.',
    actions: [
      'Inventarisasi titik lubang ruas jalan kabupaten bersama kecamatan',
      'Membentuk regu tambal cepat yang bekerja setiap Selasa dan Jumat',
      'Memasang papan nomor WhatsApp pengaduan jalan di setiap ruas',
    ],
  },
  waitingRoom: {
    title: 'Ruang tunggu puskesmas yang layak',
    problem:
      'Unsur U8 (sarana dan prasarana) paling rendah di antara sembilan unsur SKM Puskesmas Sukamaju: ruang tunggu poli umum sempit, panas, dan kursinya kurang.',
    actions: ['Menata ulang ruang tunggu dan menambah 20 kursi', 'Memasang kipas angin dan ventilasi silang'],
  },
  onTime: {
    title: 'Tanggapan pertama pengaduan tepat waktu',
    problem:
      'Sebagian tanggapan pertama OPD atas pengaduan melewati tenggat 5 hari kerja, terutama untuk laporan yang memerlukan peninjauan lapangan.',
    actions: [
      'Menunjuk petugas penghubung pengaduan di setiap OPD',
      'Pengingat harian tenggat pengaduan di rapat pagi koordinator',
    ],
  },
  followUp: {
    action: 'Menambah 20 kursi tunggu dan memasang kipas angin di ruang tunggu poli umum',
    note: 'Kursi sudah datang; kipas angin menunggu pemasangan instalasi listrik.',
  },
} as const;

/**
 * Self-assessment answers (1–5) per element of both instruments: before (two triwulan ago) and now. Officials
 * differ a little around these; the radar shows systems, staff and citizen feedback grow most after the PDCA work.
 */
export const ASSESSMENT_LEVELS: Readonly<Record<string, { before: number; now: number }>> = {
  // McKinsey 7S + environment
  strategy: { before: 3.2, now: 3.8 },
  structure: { before: 3.4, now: 3.6 },
  systems: { before: 2.6, now: 3.7 },
  'shared-values': { before: 3.8, now: 4.0 },
  style: { before: 3.3, now: 3.8 },
  staff: { before: 2.7, now: 3.5 },
  skills: { before: 3.1, now: 3.6 },
  environment: { before: 3.0, now: 3.4 },
  // Quality culture
  feedback: { before: 2.7, now: 3.8 },
  involvement: { before: 2.9, now: 3.4 },
  teamwork: { before: 3.4, now: 3.7 },
  accountability: { before: 3.1, now: 3.6 },
  training: { before: 2.8, now: 3.2 },
  'internal-customers': { before: 3.2, now: 3.4 },
  suppliers: { before: 3.0, now: 3.2 },
};
